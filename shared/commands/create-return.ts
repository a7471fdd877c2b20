import type { FromSchema } from 'json-schema-to-ts';
import type { Disposition, MovementReason } from '../domain/codes';
import { goneFromStore } from '../domain/order-math';
import { own } from '../domain/records';
import { MONEY } from '../schemas/fragments';
import { refund, returnLine } from '../schemas/return';
import { unlinkedRefundLimit } from '../schemas/store';
import { roleMay } from '../staff/permissions';
import { defineCommand, REF_ID } from './define';

const MOVEMENT: Record<Disposition, { reason: MovementReason; sellable: boolean }> = {
  restock: { reason: 'return_restock', sellable: true },
  damaged: { reason: 'return_damaged', sellable: false },
  vendor: { reason: 'return_vendor', sellable: false },
};

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    returnId: REF_ID,
    /** An order of this store, or '' for goods bought online or elsewhere. */
    orderId: { type: 'string', maxLength: 64, pattern: '^[0-9A-Za-z_.-]*$' },
    orderNumber: { type: 'string', maxLength: 32 },
    lines: { type: 'array', minItems: 1, maxItems: 100, items: returnLine },
    refund,
    /** A manager changed the refund the prices gave: what they gave, why, and who (PIN checked on the device). */
    refundEdit: {
      type: 'object',
      additionalProperties: false,
      properties: {
        computed: MONEY.properties.amount,
        reason: { type: 'string', minLength: 1, maxLength: 200 },
        approvedBy: { type: 'string', minLength: 1, maxLength: 64 },
      },
      required: ['computed', 'reason', 'approvedBy'],
    },
  },
  required: ['returnId', 'orderId', 'orderNumber', 'lines', 'refund'],
} as const;

/**
 * Goods brought back at the counter. A physical fact: always recorded; restocked
 * units become sellable, damaged and vendor-bound units are on hand but unsellable.
 * The refund (amount, method) is handed to the OMS through the event feed.
 */
export const createReturn = defineCommand<FromSchema<typeof payload>>()({
  type: 'create_return',
  source: 'device',
  payload,
  orderId: (p) => p.orderId,
  scope: (p) => ({
    returnIds: [p.returnId],
    orderIds: p.orderId ? [p.orderId] : [],
    // Recorded offline against a typed number: the service links it to the order if the store has it.
    orderNumbers: !p.orderId && p.orderNumber ? [p.orderNumber] : [],
    skus: p.lines.map((l) => l.sku),
    productSkus: p.lines.map((l) => l.sku),
    staffIds: p.refundEdit ? [p.refundEdit.approvedBy] : [],
  }),
  primary: (p) => ({ collection: 'returns', id: p.returnId }),
  apply(tx, p) {
    if (own(tx.state.returns, p.returnId)) tx.reject('duplicate_return');
    // A return names an order of this store or none: another store's order id links nothing.
    const order = p.orderId ? tx.order(p.orderId) : tx.orderByNumber(p.orderNumber);
    const orderId = order?.id ?? '';
    const orderNumber = order?.number ?? p.orderNumber;
    // Lines scanned without their order line (offline, order not on the device) take the first line of that SKU
    // with units left to return, else its first line of that SKU (a return above what left is then a case).
    const lines = p.lines.map((line) => {
      if (!order || line.lineId) return { ...line };
      const ofSku = order.lines.filter((l) => l.sku === line.sku);
      const match = ofSku.find((l) => l.returned < goneFromStore(l)) ?? ofSku[0];
      return { ...line, lineId: match?.id ?? '' };
    });
    if (!order) {
      // Without an order, the refund is bounded by what the products are worth…
      const worth = p.lines.reduce(
        (sum, l) => sum + (own(tx.state.products, l.sku)?.price.amount ?? 0) * l.qty,
        0,
      );
      if (p.refund.amount > worth) tx.reject('refund_above_price');
      // …and above the store's limit needs a manager: the author, or the one who approved with their PIN.
      const approver = p.refundEdit ? own(tx.state.staff, p.refundEdit.approvedBy) : undefined;
      const author = own(tx.state.staff, tx.command.staffId);
      const byManager = [author, approver].some((s) => s?.active === true && roleMay(s.role, 'edit_refund'));
      if (p.refund.amount > unlinkedRefundLimit(tx.state.store) && !byManager)
        tx.reject('refund_needs_manager');
    }
    for (const line of lines) {
      const orderLine = order && line.lineId ? order.lines.find((l) => l.id === line.lineId) : undefined;
      if (orderLine) orderLine.returned += line.qty;
      if (order && orderLine && orderLine.returned > goneFromStore(orderLine)) {
        tx.customerService(order, 'returned_more_than_sold');
      }
      const { reason, sellable } = MOVEMENT[line.disposition];
      tx.moveStock(line.sku, { onHand: line.qty, unsellable: sellable ? 0 : line.qty }, reason, orderId);
    }
    tx.state.returns[p.returnId] = {
      id: p.returnId,
      orderId,
      orderNumber,
      lines,
      refund: { ...p.refund },
      staffId: tx.command.staffId,
      deviceId: tx.command.deviceId,
      commandId: tx.command.id,
      createdAt: tx.now,
      seq: 0,
      updatedAt: tx.now,
    };
    tx.emit(
      'returned',
      {
        returnId: p.returnId,
        orderNumber,
        lines,
        ...(order && !p.orderId ? { linkedByNumber: true } : {}),
        refund: p.refund,
        ...(p.refundEdit ? { refundEdit: p.refundEdit } : {}),
      },
      { orderId },
    );
  },
});
