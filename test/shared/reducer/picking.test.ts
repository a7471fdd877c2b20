import { describe, expect, it } from 'vitest';
import { anOrder, aStore, ean13, OMS, TABLET_B, World } from '../../support/fixtures';

describe('assigning an order', () => {
  it('reserves stock for every line and counts the order against the day capacity', () => {
    const w = new World().withStock().assign();
    expect(w.order().status).toBe('assigned');
    expect(w.stock('SKU-A')).toMatchObject({ onHand: 10, reserved: 2, available: 8 });
    expect(w.stock('SKU-B')).toMatchObject({ onHand: 5, reserved: 1, available: 4 });
    expect(w.state.capacity['2026-11-25:ship_from_store']?.assigned).toBe(1);
  });

  it('masks the customer contact and copies the item barcodes onto the lines', () => {
    const w = new World().withStock().assign();
    expect(w.order().customer.email).toBe('c***@e***.fr');
    expect(w.order().customer.phone).not.toContain('612345');
    expect(w.order().lines[0]?.barcodes).toEqual([ean13(0)]);
  });

  it('is idempotent for an order already in the store', () => {
    const w = new World().withStock().assign();
    const again = w.run('assign_order', { order: anOrder() }, OMS);
    expect(again.outcome).toEqual({ status: 'applied', reason: 'already_assigned' });
    expect(w.stock('SKU-A').reserved).toBe(2);
  });

  it('refuses a Click & Collect order without a pickup code', () => {
    const w = new World().withStock().assign();
    const r = w.run(
      'assign_order',
      { order: anOrder({ id: 'o-2', kind: 'click_and_collect', pickupCode: '' }) },
      OMS,
    );
    expect(r.outcome).toEqual({ status: 'rejected', reason: 'pickup_code_missing' });
    expect(w.state.orders['o-2']).toBeUndefined();
  });

  it('tells the OMS when it assigns beyond the capacity the manager set', () => {
    const w = new World().withStock();
    w.run('set_capacity', { date: '2026-11-25', kind: 'ship_from_store', limit: 1 });
    w.assign();
    const second = w.run('assign_order', { order: anOrder({ id: 'o-2', number: 'FR-100002' }) }, OMS);
    expect(second.outcome).toEqual({ status: 'applied', reason: 'over_capacity' });
  });
});

describe('picking', () => {
  it('start pick records the picker and moves the order to picking', () => {
    const w = new World().withStock().assign();
    const r = w.run('start_pick', { orderId: 'o-1' });
    expect(r.outcome.status).toBe('applied');
    expect(w.order()).toMatchObject({ status: 'picking', pickers: ['alice'] });
    expect(r.events.map((e) => e.type)).toContain('pick_started');
  });

  it('picks add up to a picked order, with no stock moved until the goods leave', () => {
    const w = new World().withStock().assign();
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: ean13(0) });
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' }, TABLET_B);
    expect(w.order().status).toBe('picking');
    w.run('pick', { orderId: 'o-1', lineId: 'l2', qty: 1, barcode: ean13(1) });
    expect(w.order().status).toBe('picked');
    expect(w.order().lines[0]?.picked).toBe(2);
    expect(w.order().pickers).toEqual(['alice', 'bruno']);
    expect(w.stock('SKU-A')).toMatchObject({ onHand: 10, reserved: 2 });
  });

  it('accepts a 12-digit UPC-A scan of an item labelled with its EAN-13', () => {
    const w = new World();
    const product = {
      name: 'Bonnet',
      brand: '',
      size: '',
      colour: '',
      location: { aisle: '', bay: '', shelf: '' },
    };
    w.run(
      'upsert_products',
      {
        products: [
          { ...product, sku: 'SKU-U', barcodes: ['0012345678905'], price: { amount: 1, currency: 'EUR' } },
        ],
      },
      OMS,
    );
    w.assign({
      lines: [{ id: 'l1', sku: 'SKU-U', name: 'Bonnet', qty: 1, price: { amount: 1, currency: 'EUR' } }],
    });
    expect(
      w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '012345678905' }).outcome.status,
    ).toBe('applied');
  });

  it('refuses a scan of another item, and changes nothing but the history', () => {
    const w = new World().withStock().assign();
    const r = w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: ean13(1) });
    expect(r.outcome).toEqual({ status: 'rejected', reason: 'wrong_item' });
    expect(w.order().lines[0]?.picked).toBe(0);
    expect(w.order().commandLog.at(-1)).toMatchObject({
      type: 'pick',
      outcome: 'rejected',
      reason: 'wrong_item',
    });
  });

  it('refuses a typed quantity when the store requires scanning', () => {
    const w = new World(aStore({ settings: { requireScan: true, pickupHoldDays: 7 } })).withStock().assign();
    expect(w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' }).outcome.reason).toBe(
      'scan_required',
    );
  });

  it('refuses commands about an order or line the store does not have', () => {
    const w = new World().withStock().assign();
    expect(w.run('pick', { orderId: 'nope', lineId: 'l1', qty: 1, barcode: '' }).outcome.reason).toBe(
      'unknown_order',
    );
    expect(w.run('pick', { orderId: 'o-1', lineId: 'l9', qty: 1, barcode: '' }).outcome.reason).toBe(
      'unknown_line',
    );
  });

  it('unpick puts units back, and cannot unpick more than is in hand', () => {
    const w = new World().withStock().assign();
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 2, barcode: '' });
    expect(w.run('unpick', { orderId: 'o-1', lineId: 'l1', qty: 3 }).outcome.reason).toBe(
      'unpick_more_than_picked',
    );
    expect(w.run('unpick', { orderId: 'o-1', lineId: 'l1', qty: 1 }).outcome.status).toBe('applied');
    expect(w.order().lines[0]?.picked).toBe(1);
  });
});

describe('rejecting a line', () => {
  it('not in stock: the OMS re-sources the units and on-hand stock goes to zero', () => {
    const w = new World().withStock().assign();
    const r = w.run('reject_line', { orderId: 'o-1', lineId: 'l1', qty: 2, reason: 'not_in_stock' });
    expect(r.outcome.status).toBe('applied');
    expect(w.stock('SKU-A')).toMatchObject({ onHand: 0, reserved: 0, available: 0 });
    expect(r.events.find((e) => e.type === 'line_rejected')?.data).toMatchObject({
      qty: 2,
      reason: 'not_in_stock',
    });
  });

  it('mismatch lowers on hand by the rejected units', () => {
    const w = new World().withStock().assign();
    w.run('reject_line', { orderId: 'o-1', lineId: 'l1', qty: 1, reason: 'mismatch' });
    expect(w.stock('SKU-A')).toMatchObject({ onHand: 9, reserved: 1, available: 8 });
  });

  it('damaged keeps on hand but makes the units unsellable', () => {
    const w = new World().withStock().assign();
    w.run('reject_line', { orderId: 'o-1', lineId: 'l1', qty: 1, reason: 'damaged' });
    expect(w.stock('SKU-A')).toMatchObject({ onHand: 10, reserved: 1, unsellable: 1, available: 8 });
  });

  it('no variance leaves stock alone', () => {
    const w = new World().withStock().assign();
    w.run('reject_line', { orderId: 'o-1', lineId: 'l2', qty: 1, reason: 'no_variance' });
    expect(w.stock('SKU-B')).toMatchObject({ onHand: 5, reserved: 0, available: 5 });
  });

  it('rejects only what is still open, and says so', () => {
    const w = new World().withStock().assign();
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' });
    const r = w.run('reject_line', { orderId: 'o-1', lineId: 'l1', qty: 2, reason: 'no_variance' });
    expect(r.outcome).toEqual({ status: 'applied', reason: 'reduced_to_open_quantity' });
    expect(w.order().lines[0]).toMatchObject({ rejected: 1, picked: 1 });
    expect(
      w.run('reject_line', { orderId: 'o-1', lineId: 'l1', qty: 1, reason: 'no_variance' }).outcome.reason,
    ).toBe('nothing_to_reject');
  });

  it('an order whose every line is rejected goes back to the OMS as rejected', () => {
    const w = new World().withStock().assign();
    w.run('reject_line', { orderId: 'o-1', lineId: 'l1', qty: 2, reason: 'no_variance' });
    w.run('reject_line', { orderId: 'o-1', lineId: 'l2', qty: 1, reason: 'no_variance' });
    expect(w.order().status).toBe('rejected');
    expect(w.stock('SKU-A').reserved).toBe(0);
  });
});
