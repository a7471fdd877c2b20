import { taskId } from '@shared/domain/task-ids';
import type { Scope } from '@shared/reducer/scope';
import type { StoreState } from '@shared/reducer/state';
import type { OrderDoc } from '@shared/schemas/order';
import type { StoreDoc } from '@shared/schemas/store';
import type pg from 'pg';
import { projectionsByIds } from './projections';

/**
 * Load the part of a store the commands need: the orders they name (tombstones
 * included), the stock and tasks of those orders, and whatever else their scope lists.
 * One client runs one query at a time, so the loads are sequential.
 */
export async function loadSlice(client: pg.PoolClient, store: StoreDoc, scope: Scope): Promise<StoreState> {
  const storeId = store.id;
  const orderIds = [
    ...scope.orderIds,
    ...(await orderIdsByNumber(client, storeId, scope.orderNumbers ?? [])),
  ];
  const orders = await projectionsByIds<OrderDoc>(client, storeId, 'orders', orderIds);
  const skus = new Set(scope.skus);
  for (const order of Object.values(orders)) for (const line of order.lines) skus.add(line.sku);
  const taskIds = new Set([...scope.taskIds, ...[...skus].map(taskId.cycleCount)]);

  const stock = await projectionsByIds<StoreState['stock'][string]>(client, storeId, 'stock', [...skus]);
  const tasks = await projectionsByIds<StoreState['tasks'][string]>(client, storeId, 'tasks', [...taskIds]);
  const capacity = await projectionsByIds<StoreState['capacity'][string]>(
    client,
    storeId,
    'capacity',
    scope.capacityIds,
  );
  const returns = await projectionsByIds<StoreState['returns'][string]>(
    client,
    storeId,
    'returns',
    scope.returnIds,
  );
  const products = await projectionsByIds<StoreState['products'][string]>(
    client,
    storeId,
    'products',
    scope.productSkus,
  );
  const staff = await projectionsByIds<StoreState['staff'][string]>(client, storeId, 'staff', scope.staffIds);
  if (orderIds.length > 0) {
    const { rows } = await client.query<{ id: string; doc: StoreState['tasks'][string] }>(
      `SELECT id, doc FROM projections WHERE store_id = $1 AND collection = 'tasks' AND order_id = ANY($2::text[])`,
      [storeId, orderIds],
    );
    for (const row of rows) tasks[row.id] = row.doc;
  }
  return { store, orders, stock, tasks, returns, capacity, products, staff };
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
