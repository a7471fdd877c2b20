import type { FromSchema } from 'json-schema-to-ts';
import { rejectable } from '../domain/order-math';
import { REJECT_REASON_CODES, rejectEffect } from '../domain/reject-reasons';
import { POSITIVE_QTY } from '../schemas/fragments';
import { defineCommand, REF_ID } from './define';
import { byOrder, ORDER_REF, requireOpenOrder } from './order-refs';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...ORDER_REF,
    lineId: REF_ID,
    qty: POSITIVE_QTY,
    reason: { type: 'string', enum: REJECT_REASON_CODES },
  },
  required: ['orderId', 'lineId', 'qty', 'reason'],
} as const;

/**
 * The store cannot supply (part of) a line. The OMS re-sources the rejected
 * units; the reason corrects the store's stock as its data says.
 */
export const rejectLine = defineCommand<FromSchema<typeof payload>>()({
  type: 'reject_line',
  source: 'device',
  payload,
  ...byOrder,
  apply(tx, p) {
    const order = requireOpenOrder(tx, p.orderId);
    const line = tx.line(order, p.lineId);
    const open = rejectable(line);
    if (open === 0) tx.reject('nothing_to_reject');
    const qty = Math.min(p.qty, open);
    if (qty < p.qty) tx.note('reduced_to_open_quantity');
    line.rejected += qty;
    line.rejectReason = p.reason;

    const level = tx.stock(line.sku);
    switch (rejectEffect(p.reason)) {
      case 'zero_on_hand':
        tx.moveStock(
          line.sku,
          { onHand: -Math.max(0, level.onHand), unsellable: -Math.max(0, level.unsellable) },
          'reject_not_in_stock',
          order.id,
        );
        break;
      case 'reduce_on_hand':
        tx.moveStock(line.sku, { onHand: -qty }, 'reject_mismatch', order.id);
        break;
      case 'reduce_available':
        tx.moveStock(line.sku, { unsellable: qty }, 'reject_damaged', order.id);
        break;
      case 'none':
        break;
    }
    tx.emit(
      'line_rejected',
      { lineId: line.id, qty, reason: p.reason },
      { orderId: order.id, sku: line.sku },
    );
  },
});
