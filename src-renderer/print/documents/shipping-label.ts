import type { OrderDoc } from '@shared/schemas/order';
import type { Content } from 'pdfmake/interfaces';
import { barcode, PAGE, sheet } from './layout';
import { addressLines } from './packing-slip';
import type { PrintableDocument, PrintContext } from './types';

/**
 * Shipping labels, 4×6 in, one per parcel. The Code 128 carries the carrier's
 * tracking number once the parcel is shipped, the order number before; the QR
 * names the order and the parcel.
 */
export function shippingLabel(order: OrderDoc, context: PrintContext): PrintableDocument {
  const { t } = context;
  const title = t('print.document.shipping_label');
  const parcels = order.parcels.length > 0 ? order.parcels : [null];
  const tracking = order.shipment?.trackingNumbers ?? [];
  const pages = parcels.map((parcel, index): Content => {
    const code = tracking[index] ?? tracking[0] ?? order.number;
    return {
      stack: [
        { text: t('print.from'), style: 'muted' },
        { text: context.store.name, margin: [0, 0, 0, 10] },
        { text: t('print.shipTo'), style: 'muted' },
        {
          text: order.shipTo ? addressLines(order.shipTo).join('\n') : order.customer.name,
          style: 'address',
        },
        {
          columns: [
            {
              stack: [
                { text: t('print.order', { number: order.number }), bold: true },
                t('print.parcel', { index: index + 1, count: parcels.length }),
                parcel?.weightGrams ? t('print.weight', { kg: (parcel.weightGrams / 1000).toFixed(2) }) : '',
                order.shipment ? `${t('print.carrier')}: ${order.shipment.carrier}` : '',
              ],
            },
            { width: 84, stack: [barcode(`${order.number}/${index + 1}`, 70, 'qr')] },
          ],
          margin: [0, 12, 0, 12],
        },
        { text: code === order.number ? t('print.orderBarcode') : t('print.tracking'), style: 'muted' },
        barcode(code, 250),
      ],
      ...(index > 0 ? { pageBreak: 'before' as const } : {}),
    };
  });
  return {
    kind: 'shipping_label',
    title: `${title} ${order.number}`,
    fileName: `${order.number} ${title}`,
    definition: sheet(
      context,
      { title: `${title} ${order.number}`, subject: 'shipping_label' },
      PAGE.label,
      pages,
    ),
  };
}
