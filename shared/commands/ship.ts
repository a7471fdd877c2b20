import type { FromSchema } from 'json-schema-to-ts';
import { CARRIERS } from '../domain/codes';
import { goneFromStore, picked, wanted } from '../domain/order-math';
import { defineCommand } from './define';
import { byOrder, ORDER_REF, requireKind } from './order-refs';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...ORDER_REF,
    carrier: { type: 'string', enum: CARRIERS },
    trackingNumbers: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: { type: 'string', minLength: 4, maxLength: 64, pattern: '^[0-9A-Za-z-]+$' },
    },
  },
  required: ['orderId', 'carrier', 'trackingNumbers'],
} as const;

/**
 * The carrier took the parcels. A physical fact: if the order was cancelled or
 * reassigned meanwhile, the shipment is kept and customer service is told.
 */
export const ship = defineCommand<FromSchema<typeof payload>>()({
  type: 'ship',
  source: 'device',
  payload,
  ...byOrder,
  apply(tx, p) {
    const order = tx.requireOrder(p.orderId);
    requireKind(tx, order, 'ship_from_store');
    if (order.shipment) tx.reject('already_shipped');
    if (order.parcels.length === 0) tx.reject('not_packed');

    const stillWanted = !order.cancellation && order.status !== 'reassigned';
    const lines = [];
    for (const line of order.lines) {
      // The parcel holds what was picked for the customer (all that was picked, once the order is void).
      const inParcel = stillWanted ? Math.min(picked(line), wanted(line)) : picked(line);
      const qty = Math.max(0, inParcel - goneFromStore(line));
      if (qty === 0) continue;
      line.shipped += qty;
      tx.moveStock(line.sku, { onHand: -qty }, 'shipped', order.id);
      lines.push({ lineId: line.id, sku: line.sku, qty });
    }
    order.shipment = { carrier: p.carrier, trackingNumbers: [...p.trackingNumbers], at: tx.now };
    if (order.status === 'reassigned') tx.customerService(order, 'shipped_after_reassign');
    else if (order.cancellation) tx.customerService(order, 'shipped_after_cancel');
    tx.emit(
      'shipped',
      { carrier: p.carrier, trackingNumbers: p.trackingNumbers, lines },
      { orderId: order.id },
    );
  },
});
