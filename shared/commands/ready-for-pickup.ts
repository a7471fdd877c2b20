import type { FromSchema } from 'json-schema-to-ts';
import { isResolved, picked } from '../domain/order-math';
import { defineCommand } from './define';
import { byOrder, ORDER_REF, requireKind } from './order-refs';

const DAY_MS = 86_400_000;

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: { ...ORDER_REF, stagingLocation: { type: 'string', minLength: 1, maxLength: 40 } },
  required: ['orderId', 'stagingLocation'],
} as const;

/** A Click & Collect order is staged at the counter; the OMS tells the customer. */
export const readyForPickup = defineCommand<FromSchema<typeof payload>>()({
  type: 'ready_for_pickup',
  source: 'device',
  payload,
  ...byOrder,
  apply(tx, p) {
    const order = tx.requireOrder(p.orderId);
    requireKind(tx, order, 'click_and_collect');
    if (order.status === 'reassigned') tx.reject('order_reassigned');
    if (order.cancellation) tx.reject('order_cancelled');
    if (order.status === 'collected') tx.reject('already_collected');
    if (order.status === 'rejected') tx.reject('order_closed');
    if (!order.lines.some((l) => picked(l) > 0)) tx.reject('nothing_picked');
    if (!order.lines.every(isResolved)) tx.reject('lines_not_resolved');

    const first = !order.staging;
    order.staging = { location: p.stagingLocation, at: tx.now };
    if (!order.pickupBy) {
      const holdDays = tx.state.store.settings.pickupHoldDays;
      order.pickupBy = new Date(Date.parse(tx.now) + holdDays * DAY_MS).toISOString();
    }
    tx.emit(
      first ? 'ready_for_pickup' : 'staging_moved',
      { stagingLocation: p.stagingLocation, pickupBy: order.pickupBy },
      { orderId: order.id },
    );
  },
});
