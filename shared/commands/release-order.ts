import type { FromSchema } from 'json-schema-to-ts';
import { RELEASE_REASONS } from '../domain/codes';
import { isOutstanding } from '../domain/order-math';
import { staffOf } from '../reducer/permission';
import { defineCommand, REF_ID } from './define';
import { byOrder, ORDER_REF, requireOpenOrder } from './order-refs';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...ORDER_REF,
    reason: { type: 'string', enum: RELEASE_REASONS },
    /** The manager who re-typed their PIN to confirm "release all outstanding". */
    confirmedBy: REF_ID,
  },
  required: ['orderId', 'reason', 'confirmedBy'],
} as const;

/**
 * "Release all outstanding" is one release_order per order not picked yet (plus
 * the pauses), recorded together: each order is rejected whole and goes back to
 * the OMS for reassignment. An order someone started picking meanwhile is kept
 * (refused: order_in_progress). No stock effect: the goods are there, the store
 * just cannot work today.
 */
export const releaseOrder = defineCommand<FromSchema<typeof payload>>()({
  type: 'release_order',
  source: 'device',
  payload,
  ...byOrder,
  scope: (p) => ({ orderIds: [p.orderId], staffIds: [p.confirmedBy] }),
  apply(tx, p) {
    const approver = staffOf(tx.state, p.confirmedBy);
    if (!approver?.active || approver.role !== 'manager') tx.reject('manager_pin_required');
    const order = requireOpenOrder(tx, p.orderId);
    if (!isOutstanding(order)) tx.reject('order_in_progress');
    for (const line of order.lines) {
      const open = line.ordered - line.rejected;
      if (open <= 0) continue;
      line.rejected += open;
      line.rejectReason = 'no_variance';
    }
    tx.emit('order_released', { reason: p.reason, confirmedBy: p.confirmedBy }, { orderId: order.id });
  },
});
