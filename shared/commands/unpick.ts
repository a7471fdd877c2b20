import type { FromSchema } from 'json-schema-to-ts';
import { goneFromStore } from '../domain/order-math';
import { POSITIVE_QTY } from '../schemas/fragments';
import { defineCommand, REF_ID } from './define';
import { byOrder, ORDER_REF } from './order-refs';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: { ...ORDER_REF, lineId: REF_ID, qty: POSITIVE_QTY },
  required: ['orderId', 'lineId', 'qty'],
} as const;

/** Units put back on the shelf before they left the store (a mistaken pick, or a cancelled order). */
export const unpick = defineCommand<FromSchema<typeof payload>>()({
  type: 'unpick',
  source: 'device',
  payload,
  ...byOrder,
  apply(tx, p) {
    const order = tx.requireOrder(p.orderId);
    const line = tx.line(order, p.lineId);
    if (order.status === 'shipped' || order.status === 'collected') tx.reject('order_completed');
    const inHand = line.picked - line.putAway - goneFromStore(line);
    if (p.qty > inHand) tx.reject('unpick_more_than_picked');
    line.picked -= p.qty;
    tx.emit('unpicked', { lineId: line.id, qty: p.qty }, { orderId: order.id, sku: line.sku });
  },
});
