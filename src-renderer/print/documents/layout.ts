import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDateTime, formatMoney } from '../../ui/format';
import { code128Svg, fitsCode128, qrSvg } from '../barcode';
import type { PrintContext } from './types';

/** The three page formats: A4 sheets, 4×6 in shipping labels, 80 mm receipt rolls (as long as needed). */
export const PAGE = {
  sheet: { size: 'A4', margins: [40, 40, 40, 56] },
  label: { size: { width: 288, height: 432 }, margins: [16, 16, 16, 16] },
  receipt: { size: { width: 226.77, height: 'auto' }, margins: [12, 14, 12, 14] },
} as const;

/** Roboto (pdfmake's embedded font) has no narrow no-break space, which Intl puts in French numbers. */
const printable = (text: string) => text.replace(/\u202f/g, '\u00a0');

export function when(iso: string, context: PrintContext): string {
  return printable(formatDateTime(iso, context.store.locale, context.store.timezone));
}

export function money(amountMinor: number, currency: string, context: PrintContext): string {
  return printable(formatMoney(amountMinor, currency, context.store.locale));
}

/** A barcode with its value printed under it, for eyes and for keyboards when a scan fails. */
export function barcode(value: string, width: number, symbology: 'code128' | 'qr' = 'code128'): Content {
  const qr = symbology === 'qr' || !fitsCode128(value);
  return {
    stack: [
      { svg: qr ? qrSvg(value) : code128Svg(value), width, alignment: 'center' },
      { text: value, style: 'barcodeText', alignment: 'center', margin: [0, 2, 0, 0] },
    ],
    unbreakable: true,
  };
}

/** A table with a header row repeated on every page. */
export function table(headers: string[], rows: TableCell[][], widths: (number | '*' | 'auto')[]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [headers.map((text) => ({ text, style: 'th' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 8, 0, 8],
  };
}

/** An empty box to tick with a pen (a new node each time: pdfmake writes its layout into the nodes). */
export function tickBox(): Content {
  return { canvas: [{ type: 'rect', x: 0, y: 1, w: 10, h: 10, lineWidth: 0.8 }], alignment: 'center' };
}

export function sheet(
  context: PrintContext,
  meta: { title: string; subject: string },
  page: (typeof PAGE)[keyof typeof PAGE],
  content: Content[],
): TDocumentDefinitions {
  const { t } = context;
  const small = page !== PAGE.sheet;
  return {
    // A copy: pdfmake writes the computed height of an 'auto' page into the object it is given.
    pageSize: (typeof page.size === 'string'
      ? page.size
      : { ...page.size }) as TDocumentDefinitions['pageSize'],
    pageMargins: [...page.margins],
    info: { title: meta.title, subject: meta.subject, author: context.store.name, creator: t('app.title') },
    defaultStyle: { font: 'Roboto', fontSize: small ? 8.5 : 10, lineHeight: 1.15 },
    styles: {
      title: { fontSize: small ? 12 : 18, bold: true, margin: [0, 0, 0, 4] },
      number: { fontSize: small ? 13 : 15, bold: true },
      muted: { color: '#555555' },
      th: { bold: true, fillColor: '#eeeeee' },
      barcodeText: { fontSize: small ? 8 : 9 },
      address: { fontSize: 13, lineHeight: 1.25 },
    },
    ...(page === PAGE.sheet
      ? {
          footer: (current: number, pages: number): Content => ({
            columns: [
              { text: t('print.printedAt', { when: when(context.now, context) }), style: 'muted' },
              { text: t('print.page', { page: current, pages }), alignment: 'right', style: 'muted' },
            ],
            fontSize: 8,
            margin: [40, 20, 40, 0],
          }),
        }
      : {}),
    content,
  };
}

/** Name, then size and colour when the catalogue knows them. */
export function describe(sku: string, name: string, context: PrintContext): string {
  const product = context.products.get(sku);
  const details = [product?.size, product?.colour].filter(Boolean).join(' · ');
  return details ? `${name || product?.name || sku} — ${details}` : name || product?.name || sku;
}
