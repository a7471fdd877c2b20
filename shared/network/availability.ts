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

/** One store's figures for a SKU, its safety stock applied. */
export function storeFigures(row: StockRow, safetyStock: number): StoreAvailability {
  return {
    storeId: row.storeId,
    onHand: row.onHand,
    reserved: row.reserved,
    unsellable: row.unsellable,
    safetyStock,
    netAvailable: netAvailable(row, safetyStock),
    updatedAt: row.updatedAt,
  };
}

/** The totals over a SKU's stores (already in store id order). */
export function availabilityTotal(sku: string, stores: StoreAvailability[]): Availability {
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

/** A SKU's availability per store (by store id) and in total: the sum of each store's net. */
export function availabilityOf(
  sku: string,
  rows: readonly StockRow[],
  safetyStock: (storeId: string) => number,
): Availability {
  const stores = rows
    .map((row) => storeFigures(row, safetyStock(row.storeId)))
    .sort((a, b) => (a.storeId < b.storeId ? -1 : a.storeId > b.storeId ? 1 : 0));
  return availabilityTotal(sku, stores);
}
