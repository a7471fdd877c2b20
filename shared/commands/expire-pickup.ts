import type { FromSchema } from 'json-schema-to-ts';
import { isClosed } from '../domain/order-math';
import { defineCommand } from './define';
import { byOrder, ORDER_REF, requireKind } from './order-refs';

const HOUR_MS = 3_600_000;

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: { ...ORDER_REF },
  required: ['orderId'],
} as const;

/**
 * The service's pickup-expiry job: a Click & Collect order still uncollected the
 * store's `pickupExpiryHours` after its pickup-by date is cancelled (reason
 * pickup_expired). The rule is checked here, against the time of application,
 * so a handover that reached the service first always wins; settle() opens the
 * expired-pickup put-away tasks for the goods on the shelf.
 */
export const expirePickup = defineCommand<FromSchema<typeof payload>>()({
  type: 'expire_pickup',
  source: 'oms',
  payload,
  ...byOrder,
  apply(tx, p) {
    const order = tx.requireOrder(p.orderId);
    requireKind(tx, order, 'click_and_collect');
    if (order.status === 'reassigned') tx.reject('order_reassigned');
    if (order.lines.some((l) => l.handedOver > 0)) tx.reject('already_handed_over');
    if (order.cancellation) {
      tx.note('already_cancelled');
      return;
    }
    if (isClosed(order.status)) tx.reject('order_closed');
    const hours = tx.state.store.settings.pickupExpiryHours ?? 0;
    const due = expiresAt(order.pickupBy, hours);
    if (Number.isNaN(due) || Date.parse(tx.now) < due) tx.reject('pickup_not_due');
    order.cancellation = { by: 'store', reason: 'pickup_expired', at: tx.now, staffId: tx.command.staffId };
    tx.emit('pickup_expired', { pickupBy: order.pickupBy, hoursAfter: hours }, { orderId: order.id });
  },
});

/** When the job may cancel an order: its pickup-by date plus the store's expiry hours (NaN: never). */
export function expiresAt(pickupBy: string, hours: number | undefined): number {
  if (!hours || hours <= 0) return Number.NaN;
  return Date.parse(pickupBy) + hours * HOUR_MS;
}
