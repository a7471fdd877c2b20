import {
  type Availability,
  availabilityTotal,
  type StoreAvailability,
  storeFigures,
} from '@shared/network/availability';
import { loadSafetyStock } from './safety-stock';
import { ISO_UTC, type Queryable } from './stock-rows';

type Row = [
  sku: string,
  storeId: string,
  onHand: number,
  reserved: number,
  unsellable: number,
  updatedAt: string,
];

/**
 * Availability of each SKU (in the order asked, once each) across the stores (all, or those listed).
 * The hot path of a batch: rows come as arrays in (SKU, store id) order, one object each.
 */
export async function readAvailability(
  db: Queryable,
  skus: readonly string[],
  storeIds: readonly string[] | null,
): Promise<Availability[]> {
  const unique = [...new Set(skus)];
  const safety = await loadSafetyStock(db, unique);
  const { rows } = await db.query<Row>({
    text: `SELECT sku, store_id, on_hand, reserved, unsellable, ${ISO_UTC} FROM network_stock
           WHERE sku = ANY($1::text[]) AND ($2::text[] IS NULL OR store_id = ANY($2::text[]))
           ORDER BY sku COLLATE "C", store_id COLLATE "C"`,
    values: [unique, storeIds],
    rowMode: 'array',
  });
  const bySku = new Map<string, StoreAvailability[]>();
  let sku = '';
  let stores: StoreAvailability[] = [];
  for (const [rowSku, storeId, onHand, reserved, unsellable, updatedAt] of rows) {
    if (rowSku !== sku) {
      sku = rowSku;
      stores = bySku.get(sku) ?? [];
      bySku.set(sku, stores);
    }
    stores.push(storeFigures({ storeId, onHand, reserved, unsellable, updatedAt }, safety.of(storeId, sku)));
  }
  return unique.map((s) => availabilityTotal(s, bySku.get(s) ?? []));
}
