import type { ProjectionName } from '@shared/reducer/batch';
import type { PullCollection } from '@shared/sync/protocol';

/** The table behind each pulled collection (all share: store_id, id, seq, deleted, doc). */
export const TABLE: Record<PullCollection, string> = {
  store: 'store_docs',
  orders: 'orders',
  products: 'products',
  stock: 'stock',
  tasks: 'tasks',
  returns: 'returns',
  capacity: 'capacity',
  receipts: 'receipts',
};

export const PROJECTION_TABLE: Record<ProjectionName | 'store', string> = {
  store: TABLE.store,
  orders: TABLE.orders,
  products: TABLE.products,
  stock: TABLE.stock,
  tasks: TABLE.tasks,
  returns: TABLE.returns,
  capacity: TABLE.capacity,
};
