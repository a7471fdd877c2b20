import { stillToPick } from '@shared/domain/order-math';
import type { OrderDoc } from '@shared/schemas/order';
import { barcode, describe, PAGE, sheet, table, tickBox, when } from './layout';
import type { PrintableDocument, PrintContext } from './types';

/** Where an item is on the shop floor, and a key that sorts the list in walking order. */
function location(sku: string, context: PrintContext): { label: string; key: string } {
  const at = context.products.get(sku)?.location;
  if (!at || (!at.aisle && !at.bay && !at.shelf))
    return { label: context.t('print.noLocation'), key: '\uffff' };
  const parts = [at.aisle, at.bay, at.shelf];
  return { label: parts.filter(Boolean).join('-'), key: parts.map((p) => p.padStart(6, '0')).join('|') };
}

/** The pick list: what is still to take off the shelves for one order, in walking order. */
export function pickList(order: OrderDoc, context: PrintContext): PrintableDocument {
  const { t } = context;
  const title = t('print.document.pick_list');
  const open = order.lines
    .map((line) => ({
      line,
      qty: stillToPick(line),
      at: location(line.sku, context),
    }))
    .filter((l) => l.qty > 0)
    .sort((a, b) => a.at.key.localeCompare(b.at.key) || a.line.sku.localeCompare(b.line.sku));

  return {
    kind: 'pick_list',
    title: `${title} ${order.number}`,
    fileName: `${order.number} ${title}`,
    definition: sheet(context, { title: `${title} ${order.number}`, subject: 'pick_list' }, PAGE.sheet, [
      {
        columns: [
          {
            stack: [
              { text: context.store.name, style: 'muted' },
              { text: title, style: 'title' },
              { text: t('print.order', { number: order.number }), style: 'number' },
              t(`kind.${order.kind}`),
              t('print.due', { when: when(order.promisedBy, context) }),
              t('print.customer', { name: order.customer.name }),
            ],
          },
          { width: 190, stack: [barcode(order.number, 180)] },
        ],
        columnGap: 16,
      },
      order.notes ? { text: t('print.notes', { notes: order.notes }), margin: [0, 8, 0, 0] } : '',
      open.length === 0
        ? { text: t('print.nothingToPick'), margin: [0, 16, 0, 0] }
        : table(
            [
              t('print.location'),
              t('print.sku'),
              t('print.ean'),
              t('print.item'),
              t('print.toPick'),
              t('print.picked'),
            ],
            open.map(({ line, qty, at }) => [
              { text: at.label, bold: true },
              line.sku,
              line.barcodes[0] ?? '',
              describe(line.sku, line.name, context),
              { text: String(qty), alignment: 'right', bold: true },
              tickBox(),
            ]),
            ['auto', 'auto', 'auto', '*', 'auto', 'auto'],
          ),
    ]),
  };
}
