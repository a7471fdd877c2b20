import type { FromSchema } from 'json-schema-to-ts';
import { CANCEL_REASONS } from '../domain/codes';
import { defineCommand } from './define';
import { byOrder, ORDER_REF } from './order-refs';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: { ...ORDER_REF, reason: { type: 'string', enum: CANCEL_REASONS } },
  required: ['orderId', 'reason'],
} as const;

/**
 * The OMS cancels an order. Goods already picked get a put-away task; an order
 * whose goods already left the store cannot be cancelled: the refusal goes back to the OMS.
 */
export const cancelOrder = defineCommand<FromSchema<typeof payload>>()({
  type: 'cancel_order',
  source: 'oms',
  payload,
  ...byOrder,
  apply(tx, p) {
    const order = tx.requireOrder(p.orderId);
    if (order.status === 'reassigned') tx.reject('order_reassigned');
    if (order.lines.some((l) => l.shipped > 0)) tx.reject('already_shipped');
    if (order.lines.some((l) => l.handedOver > 0)) tx.reject('already_handed_over');
    if (order.cancellation) {
      tx.note('already_cancelled');
      return;
    }
    order.cancellation = { by: 'oms', reason: p.reason, at: tx.now, staffId: tx.command.staffId };
  },
});
