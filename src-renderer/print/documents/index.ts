import type { PrintDocumentKind } from '@shared/ipc/contract';
import type { OrderDoc } from '@shared/schemas/order';
import type { ReturnDoc } from '@shared/schemas/return';
import { collectReceipt } from './collect-receipt';
import { packingSlip } from './packing-slip';
import { pickList } from './pick-list';
import { returnReceipt } from './return-receipt';
import { shippingLabel } from './shipping-label';
import type { PrintableDocument, PrintContext } from './types';

export type { PrintableDocument, PrintContext, Translate } from './types';
export { collectReceipt, packingSlip, pickList, returnReceipt, shippingLabel };

/** One entry of an order's print menu. */
export type DocumentChoice = {
  key: string;
  kind: PrintDocumentKind;
  /** The return it is for (return receipts). */
  returnId?: string;
  build(context: PrintContext): PrintableDocument;
};

/** The documents an order has: its pick list, then by kind its slip and labels or its receipt, then its returns. */
export function documentsFor(order: OrderDoc, returns: readonly ReturnDoc[]): DocumentChoice[] {
  const choice = (kind: PrintDocumentKind, build: (context: PrintContext) => PrintableDocument) => ({
    key: kind,
    kind,
    build,
  });
  return [
    choice('pick_list', (c) => pickList(order, c)),
    ...(order.kind === 'ship_from_store'
      ? [
          choice('packing_slip', (c) => packingSlip(order, c)),
          choice('shipping_label', (c) => shippingLabel(order, c)),
        ]
      : [choice('collect_receipt', (c) => collectReceipt(order, c))]),
    ...returns.map((returned) => ({
      key: `return_receipt:${returned.id}`,
      kind: 'return_receipt' as const,
      returnId: returned.id,
      build: (c: PrintContext) => returnReceipt(returned, c),
    })),
  ];
}
