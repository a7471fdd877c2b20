import type { FromSchema } from 'json-schema-to-ts';
import { RECIPIENT_RELATIONS, VERIFICATION_METHODS } from '../domain/codes';
import { wanted } from '../domain/order-math';
import { HANDOVERS_MAX, POSITIVE_QTY } from '../schemas/fragments';
import { defineCommand, REF_ID } from './define';
import { byOrder, ORDER_REF, requireKind } from './order-refs';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...ORDER_REF,
    lines: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { lineId: REF_ID, qty: POSITIVE_QTY },
        required: ['lineId', 'qty'],
      },
    },
    verification: {
      type: 'object',
      additionalProperties: false,
      properties: {
        method: { type: 'string', enum: VERIFICATION_METHODS },
        /**
         * The proof taken: the pickup code typed, the last digits of the ID document, a signature
         * reference. Kept with the command on the service, not copied to every device.
         */
        proof: { type: 'string', maxLength: 200 },
      },
      required: ['method', 'proof'],
    },
    recipient: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 200 },
        relation: { type: 'string', enum: RECIPIENT_RELATIONS },
      },
      required: ['name', 'relation'],
    },
  },
  required: ['orderId', 'lines', 'verification', 'recipient'],
} as const;

/**
 * Goods handed to the customer at the counter, all or part of the order. A
 * physical fact: a handover of an order cancelled or reassigned meanwhile, or
 * of more than was ordered, is kept and becomes a customer-service case.
 */
export const handover = defineCommand<FromSchema<typeof payload>>()({
  type: 'handover',
  source: 'device',
  payload,
  ...byOrder,
  apply(tx, p) {
    const order = tx.requireOrder(p.orderId);
    requireKind(tx, order, 'click_and_collect');
    const handed = p.lines.map((entry) => ({ line: tx.line(order, entry.lineId), qty: entry.qty }));

    for (const { line, qty } of handed) {
      line.handedOver += qty;
      tx.moveStock(line.sku, { onHand: -qty }, 'handed_over', order.id);
    }
    order.handovers.push({
      commandId: tx.command.id,
      at: tx.now,
      staffId: tx.command.staffId,
      lines: p.lines.map((l) => ({ ...l })),
      method: p.verification.method,
      recipientName: p.recipient.name,
      recipientRelation: p.recipient.relation,
    });
    if (order.handovers.length > HANDOVERS_MAX)
      order.handovers.splice(0, order.handovers.length - HANDOVERS_MAX);

    if (order.status === 'reassigned') tx.customerService(order, 'handover_after_reassign');
    else if (order.cancellation) tx.customerService(order, 'handover_after_cancel');
    else if (handed.some(({ line }) => line.handedOver > wanted(line)))
      tx.customerService(order, 'handed_over_more_than_ordered');
    else if (p.verification.method === 'pickup_code' && p.verification.proof !== order.pickupCode)
      tx.customerService(order, 'pickup_code_mismatch');

    tx.emit(
      'handed_over',
      {
        lines: handed.map(({ line, qty }) => ({ lineId: line.id, sku: line.sku, qty })),
        verification: p.verification.method,
        recipientRelation: p.recipient.relation,
      },
      { orderId: order.id },
    );
  },
});
