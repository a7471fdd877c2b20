import { isValidGtin, normalizeGtin } from '@shared/domain/barcode';
import { storeLocalDate } from '@shared/domain/time';
import { describe, expect, it } from 'vitest';
import { parseDemoArgs } from '../../../src-server/demo/args';
import { generateDemoStore } from '../../../src-server/demo/generate';
import { refuseMalformed } from '../../../src-server/validation/commands';

const NOW = new Date('2026-11-25T09:00:00.000Z');

describe('the demo store generator', () => {
  const demo = generateDemoStore({ products: 3_000, orders: 400, seed: 7, now: NOW });

  it('is deterministic: same seed, same data; another seed, other data', () => {
    expect(generateDemoStore({ products: 3_000, orders: 400, seed: 7, now: NOW })).toEqual(demo);
    const other = generateDemoStore({ products: 3_000, orders: 400, seed: 8, now: NOW });
    expect(other.products.map((p) => p.barcodes[0])).not.toEqual(demo.products.map((p) => p.barcodes[0]));
    expect(other.orders).not.toEqual(demo.orders);
  });

  it('has a team with known demo PINs: a manager, associates and counter staff', () => {
    expect(demo.staff.map((s) => s.role).sort()).toEqual([
      'associate',
      'associate',
      'counter',
      'counter',
      'manager',
    ]);
    expect(demo.staff.find((s) => s.role === 'manager')).toMatchObject({
      displayName: 'Camille Martin',
      pin: '1234',
    });
    expect(new Set(demo.staff.map((s) => s.badge)).size).toBe(demo.staff.length);
  });

  it('makes a French store in euros', () => {
    expect(demo.storeId).toBe('paris-rivoli');
    expect(demo.store).toMatchObject({ timezone: 'Europe/Paris', locale: 'fr-FR', currency: 'EUR' });
    expect(demo.products.every((p) => p.price.currency === 'EUR' && Number.isInteger(p.price.amount))).toBe(
      true,
    );
  });

  it('gives every product a valid, unique EAN-13, a location and a stock figure', () => {
    const barcodes = demo.products.flatMap((p) => p.barcodes);
    expect(barcodes.every((b) => /^\d{13}$/.test(b) && isValidGtin(b) && normalizeGtin(b) === b)).toBe(true);
    expect(new Set(barcodes).size).toBe(barcodes.length);
    expect(new Set(demo.products.map((p) => p.sku)).size).toBe(demo.products.length);
    expect(demo.products.every((p) => p.location.aisle && p.location.bay && p.location.shelf)).toBe(true);
    expect(demo.stock.map((s) => s.sku)).toEqual(demo.products.map((p) => p.sku));
    const zeros = demo.stock.filter((s) => s.onHand === 0).length;
    expect(zeros).toBeGreaterThan(0);
    expect(zeros).toBeLessThan(demo.stock.length * 0.2);
  });

  it('makes orders of both kinds on products that exist, promised today and the next two days', () => {
    const skus = new Set(demo.products.map((p) => p.sku));
    const ship = demo.orders.filter((o) => o.kind === 'ship_from_store');
    const collect = demo.orders.filter((o) => o.kind === 'click_and_collect');
    expect(ship.length / demo.orders.length).toBeGreaterThan(0.5);
    expect(collect.length / demo.orders.length).toBeGreaterThan(0.3);
    expect(ship.every((o) => o.shipTo?.country === 'FR' && /^\d{5}$/.test(o.shipTo.postalCode))).toBe(true);
    expect(collect.every((o) => /^\d{4,6}$/.test(o.pickupCode ?? ''))).toBe(true);
    expect(new Set(demo.orders.map((o) => o.id)).size).toBe(demo.orders.length);
    for (const order of demo.orders) {
      expect(order.lines.length).toBeGreaterThanOrEqual(1);
      expect(order.lines.length).toBeLessThanOrEqual(5);
      expect(order.lines.every((l) => skus.has(l.sku))).toBe(true);
    }
    const days = new Set(demo.orders.map((o) => storeLocalDate(o.promisedBy, 'Europe/Paris')));
    expect([...days].sort()).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
  });

  it('makes payloads the OMS API accepts', () => {
    const envelope = (type: string, payload: unknown, orderId = '') => ({
      id: `c-${type}`,
      type,
      orderId,
      deviceId: 'oms',
      staffId: 'oms',
      deviceTime: NOW.toISOString(),
      payload,
    });
    const commands = [
      envelope('upsert_products', { products: demo.products.slice(0, 5_000) }),
      envelope('stock_snapshot', { items: demo.stock }),
      ...demo.orders.map((order) => envelope('assign_order', { order }, order.id)),
    ];
    expect(refuseMalformed(commands, 'oms')).toEqual([]);
  });

  it('honours --products and --orders; a smaller catalogue is the start of a bigger one', () => {
    const options = parseDemoArgs(['--products', '300', '--orders', '40', '--key', 'k']);
    expect(options).toMatchObject({ products: 300, orders: 40, omsKey: 'k', storeId: 'paris-rivoli' });
    if (options === 'help') throw new Error('unexpected help');
    const small = generateDemoStore({ ...options, seed: 7, now: NOW });
    expect(small.products).toHaveLength(300);
    expect(small.stock).toHaveLength(300);
    expect(small.orders).toHaveLength(40);
    expect(small.products).toEqual(demo.products.slice(0, 300));
    expect(() => parseDemoArgs(['--products', 'many', '--key', 'k'])).toThrow(/--products/);
    expect(() => parseDemoArgs([])).toThrow(/OMS key/);
  });

  it('makes 50,000 products and 2,000 orders by default', () => {
    const full = generateDemoStore({ now: NOW });
    expect(full.products).toHaveLength(50_000);
    expect(full.orders).toHaveLength(2_000);
    const barcodes = full.products.flatMap((p) => p.barcodes);
    expect(new Set(barcodes).size).toBe(barcodes.length);
  });
});
