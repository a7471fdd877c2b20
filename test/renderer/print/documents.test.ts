// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { code128Svg, qrSvg } from '../../../src-renderer/print/barcode';
import {
  collectReceipt,
  documentsFor,
  type PrintableDocument,
  packingSlip,
  pickList,
  returnReceipt,
  shippingLabel,
} from '../../../src-renderer/print/documents';
import { renderPdf } from '../../../src-renderer/print/pdf';
import { readPdf, svgsOf } from './pdf-text';
import { storeDay } from './store-day';

const day = storeDay();

/** Renders the document as the app does and reads the PDF back, with the barcodes it drew. */
async function print(document: PrintableDocument) {
  const barcodes = svgsOf(document.definition);
  const pdf = await renderPdf(document.definition);
  expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  return { ...(await readPdf(pdf)), barcodes };
}

/** The parts appear in the text one after the other. */
function inOrder(text: string, ...parts: string[]) {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from} in: ${text}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

describe('printed documents', () => {
  it('the pick list gives what is still to pick, in walking order, under the order barcode', async () => {
    const { pages, title, barcodes } = await print(pickList(day.order('o-pick'), day.context()));
    expect(pages).toHaveLength(1);
    const [page = ''] = pages;
    expect(title).toBe('Liste de préparation FR-100001');
    expect(page).toContain('Commande FR-100001');
    expect(page).toContain('Remarques : Emballage cadeau');
    // Aisle A before aisle B, items without a location last; one of the two sweaters is already picked.
    inOrder(
      page,
      'A-12-1',
      'SKU-B',
      'Écharpe — TU · rouge',
      '1',
      'B-04-2',
      'SKU-A',
      'Pull en laine — M · bleu',
    );
    inOrder(page, 'B-04-2', 'Sans emplacement', 'SKU-C', 'Bonnet — TU · gris', '3');
    expect(page).toMatch(/Pull en laine — M · bleu 1 /);
    expect(barcodes).toEqual([code128Svg('FR-100001')]);
    expect(page.match(/FR-100001/g)).toHaveLength(2);
  });

  it('the packing slip shows the address, what is in the parcel and what could not be sent', async () => {
    const { pages, barcodes } = await print(packingSlip(day.order('o-ship'), day.context()));
    const [page = ''] = pages;
    expect(page).toContain('Bon de livraison');
    inOrder(page, 'Livrer à', 'Camille Martin', '12 rue de Rivoli', '75004 Paris', 'FR');
    expect(page).toMatch(/SKU-A Pull en laine — M · bleu 2 2 /);
    expect(page).toMatch(/SKU-C Bonnet — TU · gris 3 2 1 /);
    expect(page).toContain('Les articles indisponibles ne sont pas facturés');
    expect(barcodes).toEqual([code128Svg('FR-100002')]);
  });

  it('shipping labels: one per parcel, with its tracking number in Code 128 and the parcel in a QR code', async () => {
    const { pages, barcodes } = await print(shippingLabel(day.order('o-ship'), day.context()));
    expect(pages).toHaveLength(2);
    const [first = '', second = ''] = pages;
    inOrder(first, 'Expéditeur', 'Paris Rivoli', 'Livrer à', 'Camille Martin', '75004 Paris');
    expect(first).toContain('Colis 1 sur 2');
    expect(first).toContain('1.20 kg');
    expect(first).toContain('6A12345678901');
    expect(second).toContain('Colis 2 sur 2');
    expect(second).toContain('6A12345678902');
    expect(barcodes).toEqual([
      qrSvg('FR-100002/1'),
      code128Svg('6A12345678901'),
      qrSvg('FR-100002/2'),
      code128Svg('6A12345678902'),
    ]);
  });

  it('a label printed before shipping carries the order number', async () => {
    const { pages, barcodes } = await print(shippingLabel(day.order('o-pick'), day.context()));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Numéro de commande');
    expect(barcodes).toContain(code128Svg('FR-100001'));
  });

  it('the Click & Collect receipt says what was handed over, to whom, how it was checked, and what is left', async () => {
    const { pages, barcodes } = await print(collectReceipt(day.order('o-cc'), day.context()));
    expect(pages).toHaveLength(1);
    const [page = ''] = pages;
    inOrder(page, 'Paris Rivoli', 'Reçu Click & Collect', 'Commande FR-100003', 'Client : Camille Martin');
    inOrder(page, 'Remis le', 'À Lucie Martin (un proche)', 'Vérifié par : code de retrait');
    expect(page).toContain('2 × Pull en laine — M · bleu');
    expect(page).toMatch(/Écharpe — TU · rouge 0 1/);
    expect(page).toContain('1 article reste à retirer');
    expect(barcodes).toEqual([qrSvg('FR-100003')]);
  });

  it('the collection slip of a staged order, reprinted at the counter: its shelf, nothing handed over yet, its QR code', async () => {
    const { pages, barcodes } = await print(collectReceipt(day.order('o-cc-staged'), day.context()));
    expect(pages).toHaveLength(1);
    const [page = ''] = pages;
    inOrder(page, 'Commande FR-100004', 'Emplacement de retrait : R-07', "Rien n'a encore été remis.");
    expect(page).toContain('1 article reste à retirer');
    expect(barcodes).toEqual([qrSvg('FR-100004')]);
  });

  it('the return receipt gives the items, the reasons and the refund', async () => {
    const { pages, barcodes } = await print(returnReceipt(day.returned('ret-0001'), day.context()));
    expect(pages).toHaveLength(1);
    const [page = ''] = pages;
    inOrder(page, 'Reçu de retour', 'Commande FR-100003', 'Retourné le');
    expect(page).toMatch(/Pull en laine — M · bleu 1 Trop petit Neuf/);
    expect(page).toContain('Remboursement 49,90 €');
    expect(page).toContain('Sur le moyen de paiement initial');
    expect(page).toContain('ret-0001');
    expect(barcodes).toEqual([code128Svg('FR-100003'), qrSvg('ret-0001')]);
  });

  it('prints in the language of the associate', async () => {
    const { pages, title } = await print(pickList(day.order('o-pick'), day.context('en')));
    expect(title).toBe('Pick list FR-100001');
    expect(pages[0]).toContain('Order FR-100001');
    expect(pages[0]).toContain('No location');
  });

  it('offers each order the documents of its kind, and one receipt per return', () => {
    const kinds = (id: string, returns = [] as ReturnType<typeof day.returned>[]) =>
      documentsFor(day.order(id), returns).map((d) => d.kind);
    expect(kinds('o-ship')).toEqual(['pick_list', 'packing_slip', 'shipping_label']);
    expect(kinds('o-cc', [day.returned('ret-0001')])).toEqual([
      'pick_list',
      'collect_receipt',
      'return_receipt',
    ]);
  });
});
