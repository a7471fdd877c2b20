import type { FromSchema } from 'json-schema-to-ts';
import { ID_TYPES, RECIPIENT_RELATIONS, REFUSE_REASONS, VERIFICATION_METHODS } from '../domain/codes';
import { picked, refused, stillToCollect, wanted } from '../domain/order-math';
import { HANDOVERS_MAX, POSITIVE_QTY } from '../schemas/fragments';
import { defineCommand, REF_ID } from './define';
import { byOrder, ORDER_REF, requireKind } from './order-refs';

/** A signature as a data URL: a pad's PNG at counter size is 5–30 kB. */
export const SIGNATURE_MAX_CHARS = 200_000;

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
        /** The kind of ID document shown (method id_document). */
        idType: { type: 'string', enum: ID_TYPES },
      },
      required: ['method', 'proof'],
    },
    /** Units the customer does not take, with why: they go back to stock (a put-away task). */
    refused: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { lineId: REF_ID, qty: POSITIVE_QTY, reason: { type: 'string', enum: REFUSE_REASONS } },
        required: ['lineId', 'qty', 'reason'],
      },
    },
    /** A manager let the goods go although the pickup code did not match (PIN checked on the device). */
    override: {
      type: 'object',
      additionalProperties: false,
      properties: { managerId: { type: 'string', minLength: 1, maxLength: 64 } },
      required: ['managerId'],
    },
    /**
     * The customer's signature, a small image kept with this command on the service (readable
     * through the OMS and admin APIs); the order projection only says that one exists.
     */
    signature: {
      type: 'string',
      maxLength: SIGNATURE_MAX_CHARS,
      pattern: '^data:image/(png|svg\\+xml);base64,[A-Za-z0-9+/]+=*$',
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
    // Refused units stay in the store: no longer wanted, so settle() releases their reservation
    // and opens a put-away task for what was picked. Never more than is still in the store for the order.
    const refusals = (p.refused ?? []).flatMap((entry) => {
      const line = tx.line(order, entry.lineId);
      const inStore = Math.max(0, picked(line) - line.handedOver - refused(line));
      const qty = Math.min(entry.qty, stillToCollect(line), inStore);
      if (qty < entry.qty) tx.note('reduced_to_open_quantity');
      if (qty === 0) return [];
      line.refused = refused(line) + qty;
      line.refuseReason = entry.reason;
      return [{ line, qty, reason: entry.reason }];
    });
    order.handovers.push({
      commandId: tx.command.id,
      at: tx.now,
      staffId: tx.command.staffId,
      lines: p.lines.map((l) => ({ ...l })),
      method: p.verification.method,
      recipientName: p.recipient.name,
      recipientRelation: p.recipient.relation,
      ...(refusals.length > 0
        ? { refused: refusals.map(({ line, qty, reason }) => ({ lineId: line.id, qty, reason })) }
        : {}),
      ...(p.verification.idType ? { idType: p.verification.idType } : {}),
      ...(p.override ? { overrideBy: p.override.managerId } : {}),
      ...(p.signature ? { signed: true } : {}),
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
        refused: refusals.map(({ line, qty, reason }) => ({ lineId: line.id, sku: line.sku, qty, reason })),
        overrideBy: p.override?.managerId ?? '',
        signed: Boolean(p.signature),
      },
      { orderId: order.id },
    );
  },
});
