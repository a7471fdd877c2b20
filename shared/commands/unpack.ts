import type { FromSchema } from 'json-schema-to-ts';
import { defineCommand, REF_ID } from './define';
import { byOrder, ORDER_REF, requireKind } from './order-refs';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...ORDER_REF,
    /** The manager who allowed it on the device with their PIN (their staff id), when the author is not one. */
    approvedBy: { ...REF_ID, minLength: 0 },
  },
  required: ['orderId'],
} as const;

/**
 * A packed order is opened again before the carrier took it (wrong box, an item to
 * change): the parcels are gone and the order is back to picked. Once shipped the
 * parcels are with the carrier: refused, the shipment stands.
 */
export const unpack = defineCommand<FromSchema<typeof payload>>()({
  type: 'unpack',
  source: 'device',
  payload,
  ...byOrder,
  // The approving manager is loaded with the order, so the role check sees them.
  scope: (p) => ({ orderIds: [p.orderId], staffIds: p.approvedBy ? [p.approvedBy] : [] }),
  apply(tx, p) {
    const order = tx.requireOrder(p.orderId);
    requireKind(tx, order, 'ship_from_store');
    if (order.shipment) tx.reject('already_shipped');
    if (order.parcels.length === 0) tx.reject('not_packed');
    order.parcels = [];
    order.packedAt = '';
    tx.emit('unpacked', { approvedBy: p.approvedBy ?? '' }, { orderId: order.id });
  },
});
