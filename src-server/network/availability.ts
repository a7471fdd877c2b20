import { type Availability, availabilityOf } from '@shared/network/availability';
import { loadSafetyStock } from './safety-stock';
import { type Queryable, readStockRows } from './stock-rows';

/** Availability of each SKU (in the order asked, once each) across the stores (all, or those listed). */
export async function readAvailability(
  db: Queryable,
  skus: readonly string[],
  storeIds: readonly string[] | null,
): Promise<Availability[]> {
  const unique = [...new Set(skus)];
  const rows = await readStockRows(db, unique, storeIds);
  const safety = await loadSafetyStock(db, unique);
  return unique.map((sku) => availabilityOf(sku, rows.get(sku) ?? [], (storeId) => safety.of(storeId, sku)));
}
