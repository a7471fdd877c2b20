import type { FromSchema } from 'json-schema-to-ts';
import { sameItem } from '../domain/barcode';
import { goneFromStore, isClosed, picked, wanted } from '../domain/order-math';
import { POSITIVE_QTY } from '../schemas/fragments';
import { defineCommand, REF_ID } from './define';
import { addPicker, byOrder, ORDER_REF } from './order-refs';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...ORDER_REF,
    lineId: REF_ID,
    qty: POSITIVE_QTY,
    /** What was scanned ('' when the quantity was typed). */
    barcode: { type: 'string', maxLength: 32 },
  },
  required: ['orderId', 'lineId', 'qty', 'barcode'],
} as const;

/**
 * Units taken off the shelf for a line. A physical fact: never dropped. Picks
 * from several devices add up; an over-pick, or a pick on an order that was
 * cancelled or reassigned meanwhile, is kept and the goods get a put-away task.
 */
export const pick = defineCommand<FromSchema<typeof payload>>()({
  type: 'pick',
  source: 'device',
  payload,
  ...byOrder,
  apply(tx, p) {
    const order = tx.requireOrder(p.orderId);
    const line = tx.line(order, p.lineId);
    if (p.barcode && line.barcodes.length > 0 && !sameItem(p.barcode, line.barcodes)) tx.reject('wrong_item');
    if (!p.barcode && tx.state.store.settings.requireScan) tx.reject('scan_required');

    line.picked += p.qty;
    addPicker(tx, order);
    if (order.status === 'reassigned') tx.exception('picked_after_reassign');
    else if (order.cancellation) tx.exception('picked_after_cancel');
    else if (isClosed(order.status)) tx.exception('picked_after_completion');
    else if (picked(line) > Math.max(wanted(line), goneFromStore(line))) tx.exception('over_picked');
    tx.emit(
      'picked',
      { lineId: line.id, qty: p.qty, barcode: p.barcode },
      { orderId: order.id, sku: line.sku },
    );
  },
});
