/** One store's stock of one SKU, as the network view holds it. */
export type StockRow = {
  storeId: string;
  onHand: number;
  reserved: number;
  unsellable: number;
  updatedAt: string;
};

export type StoreAvailability = StockRow & {
  safetyStock: number;
  /** What the store can sell online: on hand − reserved − unsellable − safety stock, never below 0. */
  netAvailable: number;
};

export type Availability = {
  sku: string;
  total: {
    onHand: number;
    reserved: number;
    unsellable: number;
    safetyStock: number;
    netAvailable: number;
    stores: number;
    /** Latest change among the stores (null: no store has ever held it). */
    updatedAt: string | null;
  };
  stores: StoreAvailability[];
};

export function netAvailable(row: Omit<StockRow, 'storeId' | 'updatedAt'>, safetyStock: number): number {
  return Math.max(0, row.onHand - row.reserved - row.unsellable - safetyStock);
}

/** A SKU's availability per store (by store id) and in total: the sum of each store's net. */
export function availabilityOf(
  sku: string,
  rows: readonly StockRow[],
  safetyStock: (storeId: string) => number,
): Availability {
  const stores = rows
    .map((row) => {
      const safety = safetyStock(row.storeId);
      return { ...row, safetyStock: safety, netAvailable: netAvailable(row, safety) };
    })
    .sort((a, b) => (a.storeId < b.storeId ? -1 : a.storeId > b.storeId ? 1 : 0));
  const total: Availability['total'] = {
    onHand: 0,
    reserved: 0,
    unsellable: 0,
    safetyStock: 0,
    netAvailable: 0,
    stores: stores.length,
    updatedAt: null,
  };
  for (const s of stores) {
    total.onHand += s.onHand;
    total.reserved += s.reserved;
    total.unsellable += s.unsellable;
    total.safetyStock += s.safetyStock;
    total.netAvailable += s.netAvailable;
    if (total.updatedAt === null || s.updatedAt > total.updatedAt) total.updatedAt = s.updatedAt;
  }
  return { sku, total, stores };
}
