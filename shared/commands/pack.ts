import type { FromSchema } from 'json-schema-to-ts';
import { isResolved, picked } from '../domain/order-math';
import { defineCommand, REF_ID } from './define';
import { byOrder, ORDER_REF, requireKind } from './order-refs';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...ORDER_REF,
    parcels: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: REF_ID,
          box: { type: 'string', maxLength: 40 },
          weightGrams: { type: 'integer', minimum: 0, maximum: 100_000 },
        },
        required: ['id', 'box', 'weightGrams'],
      },
    },
  },
  required: ['orderId', 'parcels'],
} as const;

/** A ship-from-store order goes into parcels. Packing again replaces the parcels. */
export const pack = defineCommand<FromSchema<typeof payload>>()({
  type: 'pack',
  source: 'device',
  payload,
  ...byOrder,
  apply(tx, p) {
    const order = tx.requireOrder(p.orderId);
    requireKind(tx, order, 'ship_from_store');
    if (order.status === 'reassigned') tx.reject('order_reassigned');
    if (order.cancellation) tx.reject('order_cancelled');
    if (order.shipment) tx.reject('already_shipped');
    if (order.status === 'rejected') tx.reject('order_closed');
    if (!order.lines.some((l) => picked(l) > 0)) tx.reject('nothing_picked');
    if (!order.lines.every(isResolved)) tx.reject('lines_not_resolved');
    order.parcels = p.parcels.map((parcel) => ({ ...parcel }));
    order.packedAt = tx.now;
    tx.emit('packed', { parcels: p.parcels }, { orderId: order.id });
  },
});
