import { taskId } from '@shared/domain/task-ids';
import type { Scope } from '@shared/reducer/scope';
import { emptyState, type StoreState } from '@shared/reducer/state';
import type { StoreDoc } from '@shared/schemas/store';
import type pg from 'pg';
import {
  type SafetyStock,
  type SafetyStockRead,
  safetyStockOf,
  safetyStockRead,
} from '../network/safety-stock';

type Sliced = Exclude<keyof StoreState, 'store'>;
type Wanted = Partial<Record<Sliced, Iterable<string>>>;

const CYCLE_COUNT = taskId.cycleCount('');

/** What a batch reads before it runs: its slice, and the safety stock of the slice's SKUs. */
export type Loaded = {
  state: StoreState;
  /** The safety stock that applies to the SKUs in `skus` (stock_changed events). */
  safety: SafetyStock;
  skus: ReadonlySet<string>;
};

/**
 * Load the part of a store the commands need: the orders they name (tombstones
 * included), the stock and tasks of those orders, and whatever else their scope lists, with
 * the safety stock of those SKUs. One round trip (two with orders named by number): the rows the
 * scope names with the orders and their tasks, the stock and cycle counts of the orders' other
 * SKUs (found from the orders' lines in the same statement), and a last row with the safety stock.
 */
export async function loadSlice(client: pg.PoolClient, store: StoreDoc, scope: Scope): Promise<Loaded> {
  const storeId = store.id;
  const orderIds = [
    ...scope.orderIds,
    ...(await orderIdsByNumber(client, storeId, scope.orderNumbers ?? [])),
  ];
  const scopeSkus = new Set(scope.skus);
  const wanted: Wanted = {
    orders: orderIds,
    stock: scopeSkus,
    tasks: new Set([...scope.taskIds, ...[...scopeSkus].map(taskId.cycleCount)]),
    capacity: scope.capacityIds,
    returns: scope.returnIds,
    products: scope.productSkus,
    staff: scope.staffIds,
  };
  const collections: string[] = [];
  const ids: string[] = [];
  for (const [collection, list] of Object.entries(wanted)) {
    for (const id of list ?? []) {
      collections.push(collection);
      ids.push(id);
    }
  }
  const { rows } = await client.query<{ collection: Sliced | ''; id: string; doc: unknown }>(
    `WITH found AS MATERIALIZED (
       SELECT p.collection, p.id, p.doc
         FROM unnest($2::text[], $3::text[]) AS k(collection, id)
         JOIN projections p ON p.store_id = $1 AND p.collection = k.collection AND p.id = k.id
       UNION ALL
       SELECT 'tasks', id, doc FROM projections
        WHERE store_id = $1 AND collection = 'tasks' AND order_id = ANY($4::text[])),
     line_skus AS MATERIALIZED (
       SELECT DISTINCT line->>'sku' AS sku
         FROM found, jsonb_array_elements(found.doc->'lines') AS line
        WHERE found.collection = 'orders' AND NOT (line->>'sku' = ANY($5::text[]))),
     safety AS (${safetyStockRead(`(SELECT $5::text[] || coalesce(array_agg(sku), '{}') FROM line_skus)::text[]`)})
     SELECT collection, id, doc FROM found
     UNION ALL
     SELECT p.collection, p.id, p.doc FROM line_skus s
       JOIN projections p ON p.store_id = $1 AND p.collection = 'stock' AND p.id = s.sku
     UNION ALL
     SELECT p.collection, p.id, p.doc FROM line_skus s
       JOIN projections p ON p.store_id = $1 AND p.collection = 'tasks' AND p.id = $6 || s.sku
     UNION ALL
     SELECT '', '', jsonb_build_object('categories', categories, 'rules', rules, 'skus',
       (SELECT coalesce(jsonb_agg(sku), '[]') FROM line_skus)) FROM safety`,
    [storeId, collections, ids, orderIds, [...scopeSkus], CYCLE_COUNT],
  );
  const state = emptyState(store);
  let safety: (SafetyStockRead & { skus: string[] }) | undefined;
  for (const row of rows) {
    if (row.collection === '') safety = row.doc as SafetyStockRead & { skus: string[] };
    else (state[row.collection] as Record<string, unknown>)[row.id] = row.doc;
  }
  return { state, safety: safetyStockOf(safety), skus: new Set([...scopeSkus, ...(safety?.skus ?? [])]) };
}

/**
 * Orders of the store with these numbers (returns recorded offline name their order by number only): live
 * ones and closed ones the devices let go (tombstones, still the store's); not orders reassigned away.
 */
async function orderIdsByNumber(
  client: pg.PoolClient,
  storeId: string,
  numbers: readonly string[],
): Promise<string[]> {
  if (numbers.length === 0) return [];
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM projections
      WHERE store_id = $1 AND collection = 'orders' AND doc->>'number' = ANY($2::text[])
        AND (NOT deleted OR doc->>'status' <> 'reassigned')`,
    [storeId, numbers],
  );
  return rows.map((r) => r.id);
}
