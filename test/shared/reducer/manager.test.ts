import { isPaused, openingWindow } from '@shared/domain/capacity';
import { describe, expect, it } from 'vitest';
import { type Actor, anOrder, OMS, World } from '../../support/fixtures';

const DORA: Actor = { deviceId: 'tablet-c', staffId: 'dora' };
const WEEK = Array.from({ length: 7 }, (_, i) =>
  i === 6
    ? { closed: true, open: '00:00', close: '00:00' }
    : { closed: false, open: '10:00', close: '19:30' },
);

describe('pause with an end time', () => {
  it('a pause ends by itself at its end time; orders assigned meanwhile are flagged', () => {
    const w = new World();
    const r = w.run('pause_fulfilment', {
      kind: 'click_and_collect',
      paused: true,
      reason: 'inventaire',
      until: '2026-11-25T12:00:00.000Z',
    });
    expect(r.events).toEqual([
      expect.objectContaining({
        type: 'fulfilment_paused',
        data: { kind: 'click_and_collect', reason: 'inventaire', until: '2026-11-25T12:00:00.000Z' },
      }),
    ]);
    const pause = w.state.store.fulfilment.click_and_collect;
    expect(isPaused(pause, '2026-11-25T11:59:00.000Z')).toBe(true);
    expect(isPaused(pause, '2026-11-25T12:00:00.000Z')).toBe(false);
    w.assign({ kind: 'click_and_collect' });
    expect(w.order().commandLog.at(-1)?.reason).toBe('fulfilment_paused');
  });

  it('an end time already past is refused; resuming clears it', () => {
    const w = new World();
    const past = w.run('pause_fulfilment', {
      kind: 'ship_from_store',
      paused: true,
      reason: '',
      until: '2026-11-25T08:00:00.000Z',
    });
    expect(past.outcome).toEqual({ status: 'rejected', reason: 'pause_end_in_past' });
    w.run('pause_fulfilment', {
      kind: 'ship_from_store',
      paused: true,
      reason: 'x',
      until: '2026-11-26T08:00:00Z',
    });
    const resumed = w.run('pause_fulfilment', { kind: 'ship_from_store', paused: false, reason: '' });
    expect(resumed.events.map((e) => e.type)).toEqual(['fulfilment_resumed']);
    expect(w.state.store.fulfilment.ship_from_store).not.toHaveProperty('until');
  });
});

describe('opening hours', () => {
  it('the manager sets the week; the store closes at the local time of that day', () => {
    const w = new World();
    const r = w.run('set_opening_hours', { openingHours: WEEK });
    expect(r.events.map((e) => e.type)).toEqual(['opening_hours_changed']);
    // 2026-11-25 is a Wednesday; Paris is UTC+1 in November.
    expect(openingWindow(w.state.store, '2026-11-25')).toEqual({
      opens: '2026-11-25T09:00:00.000Z',
      closes: '2026-11-25T18:30:00.000Z',
    });
    expect(openingWindow(w.state.store, '2026-11-29')).toBeUndefined();
  });

  it('a day that closes before it opens is refused', () => {
    const w = new World();
    const bad = WEEK.map((d, i) => (i === 0 ? { closed: false, open: '18:00', close: '09:00' } : d));
    expect(w.run('set_opening_hours', { openingHours: bad }).outcome.reason).toBe('closes_before_opening');
    expect(w.state.store.openingHours).toBeUndefined();
  });

  it('an associate may not change capacity, pauses or hours: refused as data, nothing changes', () => {
    const w = new World();
    for (const r of [
      w.run('set_opening_hours', { openingHours: WEEK }, DORA),
      w.run('set_capacity', { date: '2026-11-26', kind: 'ship_from_store', limit: 3 }, DORA),
      w.run('pause_fulfilment', { kind: 'click_and_collect', paused: true, reason: '' }, DORA),
    ]) {
      expect(r.outcome).toEqual({ status: 'rejected', reason: 'not_permitted' });
      expect(r.events).toEqual([]);
    }
    expect(w.state.store.openingHours).toBeUndefined();
    expect(w.state.capacity['2026-11-26:ship_from_store']).toBeUndefined();
    expect(w.state.store.fulfilment.click_and_collect.paused).toBe(false);
  });
});

describe('release all outstanding', () => {
  function store() {
    const w = new World().withStock();
    w.assign({ id: 'o-1', number: 'FR-1' });
    w.assign({ id: 'o-2', number: 'FR-2', kind: 'click_and_collect' });
    w.assign({ id: 'o-3', number: 'FR-3' });
    w.run('pick', { orderId: 'o-3', lineId: 'l1', qty: 1, barcode: '' });
    return w;
  }

  it('each order not picked yet goes back to the OMS, rejected whole, its stock unreserved', () => {
    const w = store();
    expect(w.stock('SKU-A').reserved).toBe(6);
    const r = w.run('release_order', { orderId: 'o-1', reason: 'staff_shortage', confirmedBy: 'alice' });
    expect(r.outcome.status).toBe('applied');
    expect(w.order('o-1')).toMatchObject({ status: 'rejected' });
    expect(
      w.order('o-1').lines.every((l) => l.rejected === l.ordered && l.rejectReason === 'no_variance'),
    ).toBe(true);
    expect(r.events.map((e) => e.type)).toContain('order_released');
    expect(r.events.find((e) => e.type === 'order_released')).toMatchObject({
      orderId: 'o-1',
      data: { reason: 'staff_shortage', confirmedBy: 'alice' },
    });
    // No stock effect beyond the reservation: the goods are on the shelf.
    expect(w.stock('SKU-A')).toMatchObject({ onHand: 10, reserved: 4 });
    expect(w.order('o-1').commandLog.at(-1)).toMatchObject({ type: 'release_order', outcome: 'applied' });
  });

  it('an order someone started picking is kept (refused as data)', () => {
    const w = store();
    const r = w.run('release_order', { orderId: 'o-3', reason: 'staff_shortage', confirmedBy: 'alice' });
    expect(r.outcome).toEqual({ status: 'rejected', reason: 'order_in_progress' });
    expect(w.order('o-3').status).toBe('picking');
  });

  it('needs a manager on the command and a manager confirming with the PIN', () => {
    const w = store();
    expect(
      w.run('release_order', { orderId: 'o-1', reason: 'other', confirmedBy: 'alice' }, DORA).outcome.reason,
    ).toBe('not_permitted');
    expect(
      w.run('release_order', { orderId: 'o-1', reason: 'other', confirmedBy: 'dora' }).outcome.reason,
    ).toBe('manager_pin_required');
    expect(w.order('o-1').status).toBe('assigned');
  });

  it('a pick recorded offline on a released order is kept and gets a put-away task', () => {
    const w = store();
    w.run('release_order', { orderId: 'o-2', reason: 'system_down', confirmedBy: 'alice' });
    const late = w.run(
      'pick',
      { orderId: 'o-2', lineId: 'l1', qty: 1, barcode: '' },
      { deviceId: 't', staffId: 'bruno' },
    );
    expect(late.outcome.status).toBe('exception');
    expect(w.order('o-2').lines[0]?.picked).toBe(1);
    expect(w.openTasks()).toEqual([expect.objectContaining({ kind: 'put_away', orderId: 'o-2', qty: 1 })]);
  });

  it('a released order stays released: assigned again it changes nothing (the OMS sends it elsewhere)', () => {
    const w = store();
    w.run('release_order', { orderId: 'o-1', reason: 'store_closed', confirmedBy: 'alice' });
    const again = w.run('assign_order', { order: anOrder({ id: 'o-1', number: 'FR-1' }) }, OMS);
    expect(again.outcome.reason).toBe('already_assigned');
  });
});
