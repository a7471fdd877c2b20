import { taskId } from '@shared/domain/task-ids';
import type { Scope } from '@shared/reducer/scope';
import type { StoreState } from '@shared/reducer/state';
import type { OrderDoc } from '@shared/schemas/order';
import type { StoreDoc } from '@shared/schemas/store';
import type pg from 'pg';
import { TABLE } from './tables';

async function byIds<T>(
  client: pg.PoolClient,
  table: string,
  storeId: string,
  ids: string[],
): Promise<Record<string, T>> {
  if (ids.length === 0) return {};
  const { rows } = await client.query<{ id: string; doc: T }>(
    `SELECT id, doc FROM ${table} WHERE store_id = $1 AND id = ANY($2::text[])`,
    [storeId, ids],
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.doc]));
}

/**
 * Load the part of a store the commands need: the orders they name (tombstones
 * included), the stock and tasks of those orders, and whatever else their scope lists.
 */
export async function loadSlice(client: pg.PoolClient, store: StoreDoc, scope: Scope): Promise<StoreState> {
  const storeId = store.id;
  const orders = await byIds<OrderDoc>(client, TABLE.orders, storeId, scope.orderIds);
  const skus = new Set(scope.skus);
  for (const order of Object.values(orders)) for (const line of order.lines) skus.add(line.sku);
  const taskIds = new Set([...scope.taskIds, ...[...skus].map(taskId.cycleCount)]);

  // One client runs one query at a time: load sequentially.
  const stock = await byIds<StoreState['stock'][string]>(client, TABLE.stock, storeId, [...skus]);
  const tasks = await byIds<StoreState['tasks'][string]>(client, TABLE.tasks, storeId, [...taskIds]);
  const capacity = await byIds<StoreState['capacity'][string]>(
    client,
    TABLE.capacity,
    storeId,
    scope.capacityIds,
  );
  const returns = await byIds<StoreState['returns'][string]>(client, TABLE.returns, storeId, scope.returnIds);
  const products = await byIds<StoreState['products'][string]>(
    client,
    TABLE.products,
    storeId,
    scope.productSkus,
  );
  if (scope.orderIds.length > 0) {
    const { rows } = await client.query<{ id: string; doc: StoreState['tasks'][string] }>(
      `SELECT id, doc FROM ${TABLE.tasks} WHERE store_id = $1 AND order_id = ANY($2::text[])`,
      [storeId, scope.orderIds],
    );
    for (const row of rows) tasks[row.id] = row.doc;
  }
  return { store, orders, stock, tasks, returns, capacity, products };
}
