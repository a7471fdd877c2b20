import type { ReturnDoc } from '@shared/schemas/return';
import { barcode, describe, money, PAGE, sheet, table, when } from './layout';
import type { PrintableDocument, PrintContext } from './types';

/** The return receipt: what came back, why, and the refund the OMS will make. */
export function returnReceipt(returned: ReturnDoc, context: PrintContext): PrintableDocument {
  const { t } = context;
  const title = t('print.document.return_receipt');
  const reference = returned.orderNumber || returned.id;
  return {
    kind: 'return_receipt',
    title: `${title} ${reference}`,
    fileName: `${reference} ${title}`,
    definition: sheet(context, { title: `${title} ${reference}`, subject: 'return_receipt' }, PAGE.receipt, [
      { text: context.store.name, bold: true, alignment: 'center' },
      { text: title, style: 'title', alignment: 'center' },
      returned.orderNumber
        ? { text: t('print.order', { number: returned.orderNumber }), style: 'number', alignment: 'center' }
        : { text: t('print.notFromThisStore'), alignment: 'center' },
      { text: t('print.returnedOn', { when: when(returned.createdAt, context) }), alignment: 'center' },
      table(
        [t('print.item'), t('print.qty'), t('print.reason')],
        returned.lines.map((line) => [
          describe(line.sku, '', context),
          { text: String(line.qty), alignment: 'right', bold: true },
          `${t(`print.returnReason.${line.reason}`)}\n${t(`print.condition.${line.condition}`)}`,
        ]),
        ['*', 'auto', 'auto'],
      ),
      {
        columns: [
          { text: t('print.refund'), bold: true },
          {
            text: money(returned.refund.amount, returned.refund.currency, context),
            bold: true,
            alignment: 'right',
          },
        ],
      },
      { text: t(`print.refundMethod.${returned.refund.method}`), alignment: 'right', margin: [0, 0, 0, 8] },
      returned.orderNumber ? barcode(returned.orderNumber, 190) : '',
      { text: t('print.returnNumber'), style: 'muted', alignment: 'center', margin: [0, 6, 0, 0] },
      barcode(returned.id, 90, 'qr'),
      { text: t('print.keepReceipt'), alignment: 'center', margin: [0, 6, 0, 0] },
      {
        text: t('print.printedAt', { when: when(context.now, context) }),
        style: 'muted',
        alignment: 'center',
      },
    ]),
  };
}
