import type { OrderDoc } from '@shared/schemas/order';
import type { ReturnDoc } from '@shared/schemas/return';
import { createI18n, type Language } from '../../../src-renderer/i18n';
import type { PrintContext, Translate } from '../../../src-renderer/print/documents';
import { ean13, OMS, T0, World } from '../../support/fixtures';

/**
 * A store's day driven through the shared reducer, so the documents print the
 * very documents a device holds: a ship-from-store order picked in part, one
 * packed and shipped in two parcels, a Click & Collect order handed over, and
 * a return on it.
 */
export function storeDay() {
  const world = new World();
  world.run(
    'upsert_products',
    {
      products: [
        { sku: 'SKU-A', name: 'Pull en laine', size: 'M', colour: 'bleu', at: ['B', '04', '2'] },
        { sku: 'SKU-B', name: 'Écharpe', size: 'TU', colour: 'rouge', at: ['A', '12', '1'] },
        { sku: 'SKU-C', name: 'Bonnet', size: 'TU', colour: 'gris', at: ['', '', ''] },
      ].map((p, i) => ({
        sku: p.sku,
        barcodes: [ean13(i)],
        name: p.name,
        brand: 'Maison',
        size: p.size,
        colour: p.colour,
        price: { amount: 1990, currency: 'EUR' },
        location: { aisle: p.at[0] ?? '', bay: p.at[1] ?? '', shelf: p.at[2] ?? '' },
      })),
    },
    OMS,
  );
  world.run(
    'stock_snapshot',
    { items: ['SKU-A', 'SKU-B', 'SKU-C'].map((sku) => ({ sku, onHand: 20 })) },
    OMS,
  );

  const lines = [
    { id: 'l1', sku: 'SKU-A', name: 'Pull en laine', qty: 2, price: { amount: 4990, currency: 'EUR' } },
    { id: 'l2', sku: 'SKU-B', name: 'Écharpe', qty: 1, price: { amount: 1990, currency: 'EUR' } },
    { id: 'l3', sku: 'SKU-C', name: 'Bonnet', qty: 3, price: { amount: 1490, currency: 'EUR' } },
  ];
  world.assign({ id: 'o-pick', number: 'FR-100001', lines, notes: 'Emballage cadeau' });
  world.run('start_pick', { orderId: 'o-pick' });
  world.run('pick', { orderId: 'o-pick', lineId: 'l1', qty: 1, barcode: '' });

  world.assign({ id: 'o-ship', number: 'FR-100002', lines });
  for (const line of lines) {
    world.run('pick', {
      orderId: 'o-ship',
      lineId: line.id,
      qty: line.id === 'l3' ? 2 : line.qty,
      barcode: '',
    });
  }
  world.run('reject_line', { orderId: 'o-ship', lineId: 'l3', qty: 1, reason: 'damaged' });
  world.run('pack', {
    orderId: 'o-ship',
    parcels: [
      { id: 'p1', box: 'M', weightGrams: 1200 },
      { id: 'p2', box: 'S', weightGrams: 400 },
    ],
  });
  world.run('ship', {
    orderId: 'o-ship',
    carrier: 'colissimo',
    trackingNumbers: ['6A12345678901', '6A12345678902'],
  });

  world.assign({ id: 'o-cc', number: 'FR-100003', kind: 'click_and_collect', lines: lines.slice(0, 2) });
  world.run('pick', { orderId: 'o-cc', lineId: 'l1', qty: 2, barcode: '' });
  world.run('pick', { orderId: 'o-cc', lineId: 'l2', qty: 1, barcode: '' });
  world.run('ready_for_pickup', { orderId: 'o-cc', stagingLocation: 'Comptoir 2' });
  world.run('handover', {
    orderId: 'o-cc',
    lines: [{ lineId: 'l1', qty: 2 }],
    verification: { method: 'pickup_code', proof: '4821' },
    recipient: { name: 'Lucie Martin', relation: 'family' },
  });
  // Staged, not collected yet: the counter reprints its collection slip.
  world.assign({
    id: 'o-cc-staged',
    number: 'FR-100004',
    kind: 'click_and_collect',
    lines: lines.slice(1, 2),
  });
  world.run('pick', { orderId: 'o-cc-staged', lineId: 'l2', qty: 1, barcode: '' });
  world.run('ready_for_pickup', { orderId: 'o-cc-staged', stagingLocation: 'R-07' });
  world.run('create_return', {
    returnId: 'ret-0001',
    orderId: 'o-cc',
    orderNumber: 'FR-100003',
    lines: [
      { sku: 'SKU-A', lineId: 'l1', qty: 1, reason: 'too_small', condition: 'new', disposition: 'restock' },
    ],
    refund: { amount: 4990, currency: 'EUR', method: 'original_payment' },
  });

  const order = (id: string): OrderDoc => world.order(id);
  const returned = (id: string): ReturnDoc => {
    const doc = world.state.returns[id];
    if (!doc) throw new Error(`no return ${id}`);
    return doc;
  };
  const context = (language: Language = 'fr'): PrintContext => {
    const i18n = createI18n(language);
    const t: Translate = (key, options) => i18n.t(key, options);
    return {
      store: world.state.store,
      products: new Map(Object.entries(world.state.products)),
      t,
      now: T0,
    };
  };
  return { world, order, returned, context };
}
