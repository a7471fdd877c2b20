import type { PayloadOf } from '@shared/commands';
import type { Disposition, ItemCondition, RefundMethod, ReturnReason } from '@shared/domain/codes';
import { goneFromStore } from '@shared/domain/order-math';
import type { OrderDoc } from '@shared/schemas/order';
import type { ProductDoc } from '@shared/schemas/product';

/** One line being taken back: from an order line (bounded) or a scanned product (no order on the device). */
export type DraftLine = {
  key: string;
  sku: string;
  name: string;
  /** The order line it comes from ('' when the order is not on the device). */
  lineId: string;
  /** Units that may still come back (sold minus already returned); null without an order. */
  max: number | null;
  /** Price of one unit in minor units (the order's price, or the catalogue's without an order). */
  unitPrice: number;
  barcodes: string[];
  qty: number;
  reason: ReturnReason | '';
  condition: ItemCondition;
  disposition: Disposition;
};

export type RefundOverride = { amount: number; reason: string; managerId: string };

/** A return in progress at the counter (kept across reloads until recorded and closed). */
export type ReturnDraft = {
  returnId: string;
  orderId: string;
  orderNumber: string;
  /** Where the order came from: this device, the service (online look-up), or none (recorded unlinked). */
  source: 'device' | 'service' | 'none';
  customerName: string;
  currency: string;
  lines: DraftLine[];
  method: RefundMethod;
  override: RefundOverride | null;
  /** Set once the return is recorded (the command id). */
  commandId: string;
  recordedAt: string;
};

export const REFUND_CHOICES = [
  'original_payment',
  'gift_card',
  'store_credit',
] as const satisfies readonly RefundMethod[];

/** Units of an order line that may still come back: what left the store, minus what already came back. */
export function returnable(line: OrderDoc['lines'][number]): number {
  return Math.max(0, goneFromStore(line) - line.returned);
}

export function draftFromOrder(
  returnId: string,
  order: OrderDoc,
  source: 'device' | 'service',
  currency: string,
): ReturnDraft {
  return {
    returnId,
    orderId: order.id,
    orderNumber: order.number,
    source,
    customerName: order.customer.name,
    currency,
    lines: order.lines.map((line) => ({
      key: line.id,
      sku: line.sku,
      name: line.name,
      lineId: line.id,
      max: returnable(line),
      unitPrice: line.price.amount,
      barcodes: line.barcodes,
      qty: 0,
      reason: '',
      condition: 'new',
      disposition: 'restock',
    })),
    method: 'original_payment',
    override: null,
    commandId: '',
    recordedAt: '',
  };
}

export function unlinkedDraft(returnId: string, orderNumber: string, currency: string): ReturnDraft {
  return {
    returnId,
    orderId: '',
    orderNumber,
    source: 'none',
    customerName: '',
    currency,
    lines: [],
    method: orderNumber ? 'original_payment' : 'store_credit',
    override: null,
    commandId: '',
    recordedAt: '',
  };
}

export function lineFromProduct(product: ProductDoc): DraftLine {
  return {
    key: `sku:${product.sku}`,
    sku: product.sku,
    name: product.name,
    lineId: '',
    max: null,
    unitPrice: product.price.amount,
    barcodes: product.barcodes,
    qty: 1,
    reason: '',
    condition: 'new',
    disposition: 'restock',
  };
}

/** Where a unit in this condition goes by default: new and opened back on the shelf, damaged aside. */
export function dispositionFor(condition: ItemCondition): Disposition {
  return condition === 'damaged' ? 'damaged' : 'restock';
}

export const chosen = (draft: ReturnDraft) => draft.lines.filter((l) => l.qty > 0);

/** The refund the order's prices give (minor units). */
export function computedRefund(draft: ReturnDraft): number {
  return chosen(draft).reduce((sum, l) => sum + l.qty * l.unitPrice, 0);
}

export function refundAmount(draft: ReturnDraft): number {
  return draft.override?.amount ?? computedRefund(draft);
}

/** Every chosen line says why it came back. */
export function readyForRefund(draft: ReturnDraft): boolean {
  const lines = chosen(draft);
  return lines.length > 0 && lines.every((l) => l.reason !== '');
}

/** The create_return command of a draft. */
export function returnPayload(draft: ReturnDraft): PayloadOf<'create_return'> {
  return {
    returnId: draft.returnId,
    orderId: draft.orderId,
    orderNumber: draft.orderNumber,
    lines: chosen(draft).map((l) => ({
      sku: l.sku,
      lineId: l.lineId,
      qty: l.qty,
      reason: l.reason || 'other',
      condition: l.condition,
      disposition: l.disposition,
    })),
    refund: { amount: refundAmount(draft), currency: draft.currency, method: draft.method },
    ...(draft.override
      ? {
          refundEdit: {
            computed: computedRefund(draft),
            reason: draft.override.reason,
            approvedBy: draft.override.managerId,
          },
        }
      : {}),
  };
}
