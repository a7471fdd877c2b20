import { stillToCollect } from '@shared/domain/order-math';
import type { OrderDoc } from '@shared/schemas/order';
import type { Content } from 'pdfmake/interfaces';
import { barcode, describe, PAGE, sheet, table, when } from './layout';
import type { PrintableDocument, PrintContext } from './types';

/** The Click & Collect receipt, for the customer at the counter: what was handed over, when, to whom. */
export function collectReceipt(order: OrderDoc, context: PrintContext): PrintableDocument {
  const { t } = context;
  const title = t('print.document.collect_receipt');
  const names = new Map(order.lines.map((line) => [line.id, describe(line.sku, line.name, context)]));
  const handovers = order.handovers.map(
    (handover): Content => ({
      stack: [
        { text: t('print.handedOverAt', { when: when(handover.at, context) }), bold: true },
        t('print.handedOverTo', {
          name: handover.recipientName,
          relation: t(`print.relation.${handover.recipientRelation}`),
        }),
        t('print.checkedWith', {
          method: handover.idType
            ? `${t(`print.method.${handover.method}`)} (${t(`collect:verify.idTypes.${handover.idType}`)})`
            : t(`print.method.${handover.method}`),
        }),
        ...(handover.overrideBy ? [t('print.overriddenBy', { manager: handover.overrideBy })] : []),
        ...(handover.signed ? [t('print.signedOnScreen')] : []),
        ...handover.lines.map((l) => `${l.qty} × ${names.get(l.lineId) ?? l.lineId}`),
        ...(handover.refused ?? []).map((r) =>
          t('print.refusedLine', {
            qty: r.qty,
            name: names.get(r.lineId) ?? r.lineId,
            reason: t(`collect:items.reasons.${r.reason}`),
          }),
        ),
      ],
      margin: [0, 6, 0, 0],
    }),
  );
  const remaining = order.lines.reduce((n, l) => n + stillToCollect(l), 0);

  return {
    kind: 'collect_receipt',
    title: `${title} ${order.number}`,
    fileName: `${order.number} ${title}`,
    definition: sheet(
      context,
      { title: `${title} ${order.number}`, subject: 'collect_receipt' },
      PAGE.receipt,
      [
        { text: context.store.name, bold: true, alignment: 'center' },
        { text: title, style: 'title', alignment: 'center' },
        { text: t('print.order', { number: order.number }), style: 'number', alignment: 'center' },
        { text: t('print.customer', { name: order.customer.name }), alignment: 'center' },
        ...(order.staging && order.handovers.length === 0
          ? [
              {
                text: t('print.pickupShelf', { location: order.staging.location }),
                alignment: 'center',
                bold: true,
              } as Content,
            ]
          : []),
        ...(handovers.length > 0
          ? handovers
          : [{ text: t('print.nothingHandedOver'), margin: [0, 6, 0, 0] } as Content]),
        table(
          [t('print.item'), t('print.handedOver'), t('print.ordered')],
          order.lines.map((line) => [
            names.get(line.id) ?? line.sku,
            { text: String(line.handedOver), alignment: 'right', bold: true },
            { text: String(line.ordered), alignment: 'right' },
          ]),
          ['*', 'auto', 'auto'],
        ),
        remaining > 0 ? { text: t('print.stillToCollect', { count: remaining }), bold: true } : '',
        { stack: [barcode(order.number, 90, 'qr')], margin: [0, 8, 0, 4] },
        {
          text: t('print.printedAt', { when: when(context.now, context) }),
          style: 'muted',
          alignment: 'center',
        },
      ],
    ),
  };
}
