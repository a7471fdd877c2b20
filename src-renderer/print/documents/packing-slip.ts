import type { OrderDoc } from '@shared/schemas/order';
import { barcode, describe, PAGE, sheet, table, when } from './layout';
import type { PrintableDocument, PrintContext } from './types';

export function addressLines(address: NonNullable<OrderDoc['shipTo']>): string[] {
  return [
    address.name,
    address.line1,
    address.line2,
    `${address.postalCode} ${address.city}`.trim(),
    address.country,
  ].filter(Boolean);
}

/** The packing slip, in the parcel: what was ordered, what is in it, what could not be sent. */
export function packingSlip(order: OrderDoc, context: PrintContext): PrintableDocument {
  const { t } = context;
  const title = t('print.document.packing_slip');
  return {
    kind: 'packing_slip',
    title: `${title} ${order.number}`,
    fileName: `${order.number} ${title}`,
    definition: sheet(context, { title: `${title} ${order.number}`, subject: 'packing_slip' }, PAGE.sheet, [
      {
        columns: [
          {
            stack: [
              { text: context.store.name, style: 'muted' },
              { text: title, style: 'title' },
              { text: t('print.order', { number: order.number }), style: 'number' },
              t('print.orderedOn', { when: when(order.assignedAt, context) }),
            ],
          },
          { width: 190, stack: [barcode(order.number, 180)] },
        ],
        columnGap: 16,
      },
      order.shipTo
        ? {
            stack: [{ text: t('print.shipTo'), style: 'muted' }, ...addressLines(order.shipTo)],
            margin: [0, 12, 0, 0],
          }
        : '',
      table(
        [t('print.sku'), t('print.item'), t('print.ordered'), t('print.inParcel'), t('print.unavailable')],
        order.lines.map((line) => [
          line.sku,
          describe(line.sku, line.name, context),
          { text: String(line.ordered), alignment: 'right' },
          { text: String(line.picked), alignment: 'right', bold: true },
          { text: line.rejected ? String(line.rejected) : '', alignment: 'right' },
        ]),
        ['auto', '*', 'auto', 'auto', 'auto'],
      ),
      order.lines.some((l) => l.rejected > 0) ? { text: t('print.unavailableNote'), style: 'muted' } : '',
      { text: t('print.thanks'), margin: [0, 16, 0, 0] },
    ]),
  };
}
