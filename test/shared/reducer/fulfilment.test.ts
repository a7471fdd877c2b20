import { describe, expect, it } from 'vitest';
import { World } from '../../support/fixtures';

const parcels = [{ id: 'p1', box: 'M', weightGrams: 800 }];

function pickedOrder(kind: 'ship_from_store' | 'click_and_collect' = 'ship_from_store') {
  const w = new World().withStock().assign({ kind });
  w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 2, barcode: '' });
  w.run('pick', { orderId: 'o-1', lineId: 'l2', qty: 1, barcode: '' });
  return w;
}

describe('ship from store', () => {
  it('packs a picked order, then ships it: stock leaves the store and the reservation ends', () => {
    const w = pickedOrder();
    expect(w.run('pack', { orderId: 'o-1', parcels }).outcome.status).toBe('applied');
    expect(w.order()).toMatchObject({ status: 'packed', parcels });
    const r = w.run('ship', { orderId: 'o-1', carrier: 'colissimo', trackingNumbers: ['6A12345678901'] });
    expect(r.outcome.status).toBe('applied');
    expect(w.order().status).toBe('shipped');
    expect(w.stock('SKU-A')).toMatchObject({ onHand: 8, reserved: 0, available: 8 });
    expect(r.events.find((e) => e.type === 'shipped')?.data).toMatchObject({
      carrier: 'colissimo',
      lines: [
        { lineId: 'l1', qty: 2 },
        { lineId: 'l2', qty: 1 },
      ],
    });
  });

  it('will not pack before every line is picked or rejected', () => {
    const w = new World().withStock().assign();
    expect(w.run('pack', { orderId: 'o-1', parcels }).outcome.reason).toBe('nothing_picked');
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 2, barcode: '' });
    expect(w.run('pack', { orderId: 'o-1', parcels }).outcome.reason).toBe('lines_not_resolved');
    w.run('reject_line', { orderId: 'o-1', lineId: 'l2', qty: 1, reason: 'damaged' });
    expect(w.run('pack', { orderId: 'o-1', parcels }).outcome.status).toBe('applied');
  });

  it('will not ship an unpacked order, nor ship twice', () => {
    const w = pickedOrder();
    expect(
      w.run('ship', { orderId: 'o-1', carrier: 'dpd', trackingNumbers: ['TRACK1'] }).outcome.reason,
    ).toBe('not_packed');
    w.run('pack', { orderId: 'o-1', parcels });
    w.run('ship', { orderId: 'o-1', carrier: 'dpd', trackingNumbers: ['TRACK1'] });
    expect(
      w.run('ship', { orderId: 'o-1', carrier: 'dpd', trackingNumbers: ['TRACK2'] }).outcome.reason,
    ).toBe('already_shipped');
    expect(w.stock('SKU-A').onHand).toBe(8);
  });

  it('unpacks a packed order back to picked (parcels gone, stock still reserved), then packs it again', () => {
    const w = pickedOrder();
    w.run('pack', { orderId: 'o-1', parcels });
    const r = w.run('unpack', { orderId: 'o-1', approvedBy: 'manon' });
    expect(r.outcome.status).toBe('applied');
    expect(w.order()).toMatchObject({ status: 'picked', parcels: [], packedAt: '' });
    expect(w.stock('SKU-A')).toMatchObject({ onHand: 10, reserved: 2 });
    expect(r.events.find((e) => e.type === 'unpacked')?.data).toEqual({ approvedBy: 'manon' });
    expect(w.run('unpack', { orderId: 'o-1' }).outcome.reason).toBe('not_packed');
    w.run('pack', { orderId: 'o-1', parcels: [{ id: 'p2', box: 'L', weightGrams: 1200 }] });
    expect(w.order()).toMatchObject({ status: 'packed', parcels: [{ id: 'p2', box: 'L' }] });
  });

  it('unpack is a manager’s: an associate needs a manager’s approval on the command', () => {
    const w = pickedOrder();
    w.run('pack', { orderId: 'o-1', parcels });
    const dora = { deviceId: 'tablet-c', staffId: 'dora' };
    expect(w.run('unpack', { orderId: 'o-1' }, dora).outcome).toEqual({
      status: 'rejected',
      reason: 'not_permitted',
    });
    expect(w.run('unpack', { orderId: 'o-1', approvedBy: 'eric' }, dora).outcome.reason).toBe(
      'not_permitted',
    );
    expect(w.run('unpack', { orderId: 'o-1', approvedBy: 'felix' }, dora).outcome.reason).toBe(
      'not_permitted',
    );
    expect(w.run('unpack', { orderId: 'o-1', approvedBy: 'alice' }, dora).outcome.status).toBe('applied');
    expect(w.order()).toMatchObject({ status: 'picked', parcels: [] });
  });

  it('refuses Click & Collect steps on a shipping order', () => {
    const w = pickedOrder();
    expect(w.run('ready_for_pickup', { orderId: 'o-1', stagingLocation: 'B2' }).outcome.reason).toBe(
      'not_click_and_collect',
    );
  });
});

describe('click and collect', () => {
  const verification = { method: 'pickup_code' as const, proof: '4821' };
  const recipient = { name: 'Camille Martin', relation: 'self' as const };

  it('stages a picked order for pickup with a pickup-by date from the store setting', () => {
    const w = pickedOrder('click_and_collect');
    const r = w.run('ready_for_pickup', { orderId: 'o-1', stagingLocation: 'Casier 12' });
    expect(w.order()).toMatchObject({ status: 'ready_for_pickup', staging: { location: 'Casier 12' } });
    const days = (Date.parse(w.order().pickupBy) - Date.parse(w.order().staging?.at ?? '')) / 86_400_000;
    expect(days).toBe(7);
    expect(r.events.map((e) => e.type)).toContain('ready_for_pickup');
  });

  it('hands over the whole order: collected, stock out, reservation released', () => {
    const w = pickedOrder('click_and_collect');
    w.run('ready_for_pickup', { orderId: 'o-1', stagingLocation: 'B2' });
    const r = w.run('handover', {
      orderId: 'o-1',
      lines: [
        { lineId: 'l1', qty: 2 },
        { lineId: 'l2', qty: 1 },
      ],
      verification,
      recipient,
    });
    expect(r.outcome.status).toBe('applied');
    expect(w.order().status).toBe('collected');
    expect(w.order().handovers).toHaveLength(1);
    expect(w.stock('SKU-A')).toMatchObject({ onHand: 8, reserved: 0 });
  });

  it('allows a partial handover; the rest stays reserved until collected or cancelled', () => {
    const w = pickedOrder('click_and_collect');
    w.run('ready_for_pickup', { orderId: 'o-1', stagingLocation: 'B2' });
    w.run('handover', { orderId: 'o-1', lines: [{ lineId: 'l1', qty: 2 }], verification, recipient });
    expect(w.order().status).toBe('partially_collected');
    expect(w.stock('SKU-B')).toMatchObject({ onHand: 5, reserved: 1 });
    const cancel = w.run('cancel_at_counter', { orderId: 'o-1', reason: 'customer_refused' });
    expect(cancel.events.find((e) => e.type === 'cancelled_at_counter')?.data).toMatchObject({
      reason: 'customer_refused',
    });
    expect(w.order().status).toBe('cancelled');
    expect(w.stock('SKU-B').reserved).toBe(0);
    // The scarf was picked and is still in the store: it goes back to the shelf.
    expect(w.openTasks()).toEqual([expect.objectContaining({ kind: 'put_away', sku: 'SKU-B', qty: 1 })]);
  });

  it('a wrong pickup code at handover is kept, and customer service is asked to check', () => {
    const w = pickedOrder('click_and_collect');
    const r = w.run('handover', {
      orderId: 'o-1',
      lines: [{ lineId: 'l2', qty: 1 }],
      verification: { method: 'pickup_code', proof: '0000' },
      recipient,
    });
    expect(r.outcome).toEqual({ status: 'exception', reason: 'pickup_code_mismatch' });
    expect(w.order().lines[1]?.handedOver).toBe(1);
    expect(w.openTasks().map((t) => t.kind)).toEqual(['customer_service']);
  });

  it('a pickup-code override is a manager’s: by an associate, the goods left all the same and a manager reviews it', () => {
    /** At the counter, Éric hands the scarf over on a wrong code, the override named as given by `managerId`. */
    const overriddenBy = (managerId: string) => {
      const w = pickedOrder('click_and_collect');
      const payload = {
        orderId: 'o-1',
        lines: [{ lineId: 'l2', qty: 1 }],
        verification: { method: 'pickup_code' as const, proof: '0000' },
        recipient,
        override: { managerId },
      };
      return { w, r: w.run('handover', payload, { deviceId: 'counter-1', staffId: 'eric' }) };
    };
    const byManager = overriddenBy('alice');
    expect(byManager.r.outcome).toEqual({ status: 'exception', reason: 'pickup_code_mismatch' });
    expect(byManager.w.openTasks().map((t) => t.kind)).toEqual(['customer_service']);

    const byPeer = overriddenBy('dora');
    // The handover happened (a physical fact): kept, and a manager reviews who let it go.
    expect(byPeer.w.order().lines[1]?.handedOver).toBe(1);
    expect(byPeer.r.outcome.status).toBe('exception');
    expect(byPeer.w.openTasks().map((t) => [t.kind, t.reason])).toContainEqual([
      'staff_review',
      'done_without_permission',
    ]);
  });

  it('cannot cancel at the counter an order already collected', () => {
    const w = pickedOrder('click_and_collect');
    w.run('handover', {
      orderId: 'o-1',
      lines: [
        { lineId: 'l1', qty: 2 },
        { lineId: 'l2', qty: 1 },
      ],
      verification,
      recipient,
    });
    expect(w.run('cancel_at_counter', { orderId: 'o-1', reason: 'other' }).outcome.reason).toBe(
      'already_collected',
    );
  });
});
