import type { FromSchema } from 'json-schema-to-ts';
import { defineCommand } from './define';
import { byOrder, ORDER_REF } from './order-refs';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: { ...ORDER_REF, reason: { type: 'string', maxLength: 200 } },
  required: ['orderId'],
} as const;

/**
 * The OMS moves an order to another location. It leaves this store's replicas
 * (a tombstone); goods already picked get a put-away task.
 */
export const reassignOrder = defineCommand<FromSchema<typeof payload>>()({
  type: 'reassign_order',
  source: 'oms',
  payload,
  ...byOrder,
  apply(tx, p) {
    const order = tx.requireOrder(p.orderId);
    if (order.status === 'reassigned') {
      tx.note('already_reassigned');
      return;
    }
    if (order.lines.some((l) => l.shipped > 0)) tx.reject('already_shipped');
    if (order.lines.some((l) => l.handedOver > 0)) tx.reject('already_handed_over');
    order.status = 'reassigned';
  },
});
