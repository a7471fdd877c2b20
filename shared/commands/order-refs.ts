import type { Draft } from 'immer';
import { isClosed } from '../domain/order-math';
import type { Tx } from '../reducer/tx';
import { PICKERS_MAX } from '../schemas/fragments';
import type { OrderDoc } from '../schemas/order';
import { REF_ID } from './define';

/** Payload fragment and helpers shared by the commands that act on one order. */
export const ORDER_REF = { orderId: REF_ID } as const;

export const byOrder = {
  orderId: (p: { orderId: string }) => p.orderId,
  scope: (p: { orderId: string }) => ({ orderIds: [p.orderId] }),
  primary: (p: { orderId: string }) => ({ collection: 'orders' as const, id: p.orderId }),
};

/** Refuse an intent (not a physical fact) on an order the store no longer works on. */
export function requireOpenOrder(tx: Tx, orderId: string): Draft<OrderDoc> {
  const order = tx.requireOrder(orderId);
  if (order.status === 'reassigned') tx.reject('order_reassigned');
  if (order.cancellation) tx.reject('order_cancelled');
  if (isClosed(order.status)) tx.reject('order_closed');
  return order;
}

export function requireKind(tx: Tx, order: Draft<OrderDoc>, kind: OrderDoc['kind']): void {
  if (order.kind !== kind)
    tx.reject(kind === 'ship_from_store' ? 'not_ship_from_store' : 'not_click_and_collect');
}

export function addPicker(tx: Tx, order: Draft<OrderDoc>): void {
  // The first PICKERS_MAX people are named; who picked what stays in the history.
  if (!order.pickers.includes(tx.command.staffId) && order.pickers.length < PICKERS_MAX)
    order.pickers.push(tx.command.staffId);
  if (!order.pickStartedAt) order.pickStartedAt = tx.now;
}
