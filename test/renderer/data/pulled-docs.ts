import type { PulledDoc } from '../../../src-renderer/data/pull-write';

/** A stock level as the service's pull sends it. */
export const pulledStock = (sku: string, seq: number, onHand = 5): PulledDoc => ({
  sku,
  onHand,
  reserved: 0,
  unsellable: 0,
  available: onHand,
  acks: [],
  seq,
  updatedAt: '2026-12-01T08:00:00.000Z',
  _deleted: false,
});

/** A product as the service's pull sends it. */
export const pulledProduct = (
  sku: string,
  seq: number,
  barcode = `30000000000${String(seq).padStart(2, '0')}`,
): PulledDoc => ({
  sku,
  barcode,
  barcodes: [barcode],
  name: `Product ${sku}`,
  brand: 'Maison',
  size: 'M',
  colour: 'Bleu',
  price: { amount: 1000, currency: 'EUR' },
  location: { aisle: 'F01', bay: '01', shelf: '1' },
  seq,
  updatedAt: '2026-12-01T08:00:00.000Z',
  _deleted: false,
});
