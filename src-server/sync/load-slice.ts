import { taskId } from '@shared/domain/task-ids';
import type { Scope } from '@shared/reducer/scope';
import { emptyState, type StoreState } from '@shared/reducer/state';
import type { OrderDoc } from '@shared/schemas/order';
import type { StoreDoc } from '@shared/schemas/store';
import type pg from 'pg';

type Sliced = Exclude<keyof StoreState, 'store'>;
type Wanted = Partial<Record<Sliced, Iterable<string>>>;
type Found = { collection: Sliced; id: string; doc: unknown }[];

/**
 * Documents of a store by collection and id (tombstones included), and the tasks of some orders,
 * in one statement.
 */
async function readDocs(
  client: pg.PoolClient,
  storeId: string,
  wanted: Wanted,
  tasksOfOrders: readonly string[],
): Promise<Found> {
  const collections: string[] = [];
  const ids: string[] = [];
  for (const [collection, list] of Object.entries(wanted)) {
    for (const id of list ?? []) {
      collections.push(collection);
      ids.push(id);
    }
  }
  if (ids.length === 0 && tasksOfOrders.length === 0) return [];
  const { rows } = await client.query<Found[number]>(
    `SELECT p.collection, p.id, p.doc
       FROM unnest($2::text[], $3::text[]) AS k(collection, id)
       JOIN projections p ON p.store_id = $1 AND p.collection = k.collection AND p.id = k.id
     UNION ALL
     SELECT 'tasks', id, doc FROM projections
      WHERE store_id = $1 AND collection = 'tasks' AND order_id = ANY($4::text[])`,
    [storeId, collections, ids, tasksOfOrders],
  );
  return rows;
}

/**
 * Load the part of a store the commands need: the orders they name (tombstones
 * included), the stock and tasks of those orders, and whatever else their scope lists.
 * Two round trips at most (three with orders named by number): what the scope names with
 * the orders and their tasks, then the stock and cycle counts of the orders' other SKUs.
 */
export async function loadSlice(client: pg.PoolClient, store: StoreDoc, scope: Scope): Promise<StoreState> {
  const storeId = store.id;
  const orderIds = [
    ...scope.orderIds,
    ...(await orderIdsByNumber(client, storeId, scope.orderNumbers ?? [])),
  ];
  const scopeSkus = new Set(scope.skus);
  const found = await readDocs(
    client,
    storeId,
    {
      orders: orderIds,
      stock: scopeSkus,
      tasks: new Set([...scope.taskIds, ...[...scopeSkus].map(taskId.cycleCount)]),
      capacity: scope.capacityIds,
      returns: scope.returnIds,
      products: scope.productSkus,
      staff: scope.staffIds,
    },
    orderIds,
  );
  const lineSkus = new Set<string>();
  for (const row of found) {
    if (row.collection !== 'orders') continue;
    for (const line of (row.doc as OrderDoc).lines) if (!scopeSkus.has(line.sku)) lineSkus.add(line.sku);
  }
  const more =
    lineSkus.size > 0
      ? await readDocs(client, storeId, { stock: lineSkus, tasks: [...lineSkus].map(taskId.cycleCount) }, [])
      : [];
  const state = emptyState(store);
  for (const row of [...found, ...more]) (state[row.collection] as Record<string, unknown>)[row.id] = row.doc;
  return state;
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
