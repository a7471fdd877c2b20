import type { FromSchema } from 'json-schema-to-ts';
import { CANCEL_REASONS } from '../domain/codes';
import { defineCommand } from './define';
import { byOrder, ORDER_REF, requireKind } from './order-refs';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: { ...ORDER_REF, reason: { type: 'string', enum: CANCEL_REASONS } },
  required: ['orderId', 'reason'],
} as const;

/** The customer at the counter does not take (the rest of) a Click & Collect order. */
export const cancelAtCounter = defineCommand<FromSchema<typeof payload>>()({
  type: 'cancel_at_counter',
  source: 'device',
  payload,
  ...byOrder,
  apply(tx, p) {
    const order = tx.requireOrder(p.orderId);
    requireKind(tx, order, 'click_and_collect');
    if (order.status === 'reassigned') tx.reject('order_reassigned');
    if (order.status === 'collected') tx.reject('already_collected');
    if (order.cancellation) {
      tx.note('already_cancelled');
      return;
    }
    order.cancellation = { by: 'store', reason: p.reason, at: tx.now, staffId: tx.command.staffId };
    const handedOver = order.lines.map((l) => ({ lineId: l.id, sku: l.sku, qty: l.handedOver }));
    tx.emit('cancelled_at_counter', { reason: p.reason, handedOver }, { orderId: order.id });
  },
});
