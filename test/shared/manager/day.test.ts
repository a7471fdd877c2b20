import { dayCsv } from '@shared/manager/csv';
import { dayFigures } from '@shared/manager/day';
import { forecast } from '@shared/manager/forecast';
import { describe, expect, it } from 'vitest';
import { type Actor, aStore, World } from '../../support/fixtures';

const BRUNO: Actor = { deviceId: 'tablet-b', staffId: 'bruno' };
const CHLOE: Actor = { deviceId: 'tablet-c', staffId: 'chloe' };
// Monday to Saturday 10:00-19:00 (Paris, UTC+1 in November), closed on Sunday.
const HOURS = Array.from({ length: 7 }, (_, i) =>
  i === 6
    ? { closed: true, open: '00:00', close: '00:00' }
    : { closed: false, open: '10:00', close: '19:00' },
);

function figures(w: World, now: string, extra: { associates?: number } = {}) {
  return dayFigures({
    store: w.state.store,
    orders: Object.values(w.state.orders),
    capacity: Object.values(w.state.capacity),
    tasks: Object.values(w.state.tasks),
    now,
    ...extra,
  });
}

/** Wednesday 25 November 2026: three orders in the morning, some work done by 11:30 Paris time. */
function busyDay() {
  const w = new World().withStock({ 'SKU-A': 50, 'SKU-B': 50 });
  w.run('set_opening_hours', { openingHours: HOURS });
  w.run('set_capacity', { date: '2026-11-25', kind: 'ship_from_store', limit: 2 });
  w.setClock('2026-11-25T08:30:00Z');
  w.assign({ id: 'o-1', number: 'FR-1', promisedBy: '2026-11-25T10:00:00Z' });
  w.assign({ id: 'o-2', number: 'FR-2', promisedBy: '2026-11-25T11:00:00Z' });
  w.assign({ id: 'o-3', number: 'FR-3', promisedBy: '2026-11-25T16:00:00Z' });
  w.assign({ id: 'o-4', number: 'FR-4', kind: 'click_and_collect', promisedBy: '2026-11-25T16:00:00Z' });
  // 10:05-10:06 Paris: Bruno picks o-1 whole (2 + 1 units) and packs it.
  w.setClock('2026-11-25T09:05:00Z');
  w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' }, BRUNO);
  w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' }, BRUNO);
  w.run('pick', { orderId: 'o-1', lineId: 'l2', qty: 1, barcode: '' }, BRUNO);
  w.run('pack', { orderId: 'o-1', parcels: [{ id: 'p1', box: 'M', weightGrams: 900 }] }, BRUNO);
  // 11:10 Paris: Chloé picks o-2's first line, rejects its second (damaged).
  w.setClock('2026-11-25T10:10:00Z');
  w.run('pick', { orderId: 'o-2', lineId: 'l1', qty: 2, barcode: '' }, CHLOE);
  w.run('reject_line', { orderId: 'o-2', lineId: 'l2', qty: 1, reason: 'damaged' }, CHLOE);
  return w;
}

describe('the day in figures', () => {
  it('an empty day: zeros everywhere, nothing to forecast', () => {
    const w = new World();
    const day = figures(w, '2026-11-25T12:00:00Z');
    expect(day.date).toBe('2026-11-25');
    expect(day.capacity).toEqual([
      expect.objectContaining({ kind: 'ship_from_store', limit: null, assigned: 0, paused: false }),
      expect.objectContaining({ kind: 'click_and_collect', limit: null, assigned: 0, paused: false }),
    ]);
    expect(Object.values(day.backlog).every((n) => n === 0)).toBe(true);
    expect(day.throughput).toEqual([]);
    expect(day.associates).toEqual([]);
    expect(day.forecast.status).toBe('nothing_to_do');
    expect(dayCsv('paris-01', day)).toContain('forecast,status,,nothing_to_do');
  });

  it('a day with orders but no picks yet cannot forecast a rate, and says so', () => {
    const w = new World().withStock();
    w.run('set_opening_hours', { openingHours: HOURS });
    w.setClock('2026-11-25T08:00:00Z').assign();
    const day = figures(w, '2026-11-25T09:30:00Z');
    expect(day.backlog.to_pick).toBe(1);
    expect(day.forecast).toMatchObject({
      status: 'no_rate',
      clearedAt: '',
      inputs: { unitsToPick: 3, pickRate: null, associates: 0 },
    });
  });

  it('a store already closed gives no forecast but keeps the figures', () => {
    const w = busyDay();
    const evening = figures(w, '2026-11-25T18:30:00Z');
    expect(evening.forecast.status).toBe('closed');
    expect(evening.backlog.to_pick).toBeGreaterThan(0);
    w.setClock('2026-11-29T09:00:00Z'); // a Sunday
    expect(figures(w, '2026-11-29T11:00:00Z').forecast.status).toBe('closed');
  });

  it('capacity, flags, backlog, aging, throughput, associates and rejections of a busy morning', () => {
    const w = busyDay();
    const day = figures(w, '2026-11-25T10:30:00Z');
    expect(day.capacity[0]).toMatchObject({ kind: 'ship_from_store', limit: 2, assigned: 3, remaining: 0 });
    expect(day.capacity[1]).toMatchObject({ kind: 'click_and_collect', limit: null, assigned: 1 });
    expect(day.flagged).toEqual([
      { orderId: 'o-3', number: 'FR-3', kind: 'ship_from_store', reason: 'over_capacity' },
    ]);
    expect(day.backlog).toMatchObject({ to_pick: 2, picking: 0, to_pack: 1, to_ship: 1 });
    // o-1 is packed (late: promised 10:00 UTC), o-2 due at 11:00 UTC (within the hour), o-3 and o-4 on time.
    expect(day.aging).toEqual({ late: 1, dueSoon: 1, onTime: 2 });
    expect(day.throughput).toEqual([
      { hour: 10, picked: 3, packed: 1, handedOver: 0 },
      { hour: 11, picked: 2, packed: 0, handedOver: 0 },
    ]);
    expect(day.associates).toEqual([
      { staffId: 'bruno', picked: 3, packed: 1, handedOver: 0 },
      { staffId: 'chloe', picked: 2, packed: 0, handedOver: 0 },
    ]);
    expect(day.rejectionReasons).toEqual([{ key: 'damaged', count: 1 }]);
    expect(day.rejectedItems).toEqual([{ key: 'SKU-B', name: 'Écharpe', count: 1 }]);
  });

  it('the forecast: today’s rate per associate, the backlog, the associates now, against closing time', () => {
    const w = busyDay();
    const day = figures(w, '2026-11-25T10:30:00Z');
    // 5 units by 2 pickers since 09:05 UTC (1.42 h): 1.8 units per associate-hour; 1 pack by 1 packer: 0.7/h.
    expect(day.forecast.inputs).toMatchObject({
      unitsToPick: 6,
      ordersToPack: 1,
      pickRate: 1.8,
      packRate: 0.7,
      associates: 1,
    });
    // 6 / 1.8 + 1 / 0.7 = 4.76 h with the one associate who picked in the last hour → 15:15 UTC, before 18:00.
    expect(day.forecast.hoursNeeded).toBeCloseTo(4.76, 1);
    expect(day.forecast.status).toBe('on_track');
    expect(day.forecast.closesAt).toBe('2026-11-25T18:00:00.000Z');
    // Late in the day nobody picked in the last hour: no answer until the manager says who works now.
    expect(figures(w, '2026-11-25T16:00:00Z').forecast.status).toBe('no_associates');
    // With one associate the same backlog does not fit before closing.
    expect(figures(w, '2026-11-25T16:00:00Z', { associates: 1 }).forecast.status).toBe('at_risk');
    // More associates clear it sooner.
    const two = figures(w, '2026-11-25T10:30:00Z', { associates: 2 });
    expect(Date.parse(two.forecast.clearedAt)).toBeLessThan(Date.parse(day.forecast.clearedAt));
  });

  it('Click & Collect waiting for days, or past pickup-by, is listed', () => {
    const w = new World().withStock();
    w.setClock('2026-11-20T09:00:00Z');
    w.assign({ id: 'c-1', number: 'CC-1', kind: 'click_and_collect', pickupBy: '2026-11-30T18:00:00Z' });
    w.assign({ id: 'c-2', number: 'CC-2', kind: 'click_and_collect', pickupBy: '2026-11-24T18:00:00Z' });
    for (const id of ['c-1', 'c-2']) {
      w.run('pick', { orderId: id, lineId: 'l1', qty: 2, barcode: '' });
      w.run('pick', { orderId: id, lineId: 'l2', qty: 1, barcode: '' });
      w.run('ready_for_pickup', { orderId: id, stagingLocation: 'C1' });
    }
    const day = figures(w, '2026-11-25T12:00:00Z');
    expect(day.collectWaiting.map((c) => [c.number, c.why])).toEqual([
      ['CC-1', 'waiting_long'],
      ['CC-2', 'past_pickup_by'],
    ]);
  });

  it('open follow-up tasks are counted by kind', () => {
    const w = new World().withStock({ 'SKU-A': 1 });
    w.run('adjust_stock', { sku: 'SKU-A', delta: -3, reason: 'lost' });
    expect(figures(w, '2026-11-25T12:00:00Z').tasks).toMatchObject({ cycle_count: 1, put_away: 0 });
  });

  it('a pause with an end time counts until then', () => {
    const w = new World(aStore());
    w.run('pause_fulfilment', {
      kind: 'click_and_collect',
      paused: true,
      reason: 'inventaire',
      until: '2026-11-25T15:00:00Z',
    });
    expect(figures(w, '2026-11-25T12:00:00Z').capacity[1]).toMatchObject({
      paused: true,
      reason: 'inventaire',
      until: '2026-11-25T15:00:00.000Z',
    });
    expect(figures(w, '2026-11-25T15:30:00Z').capacity[1]).toMatchObject({ paused: false, reason: '' });
  });
});

describe('forecast edge cases', () => {
  const base = {
    now: '2026-11-25T08:00:00Z',
    opensAt: '2026-11-25T09:00:00Z',
    closesAt: '2026-11-25T18:00:00Z',
    hoursSet: true,
    unitsToPick: 10,
    ordersToPack: 0,
    unitsPicked: 10,
    ordersPacked: 0,
    pickers: 1,
    packers: 0,
    firstPickAt: '2026-11-25T07:00:00Z',
    firstPackAt: '',
    associates: 1,
  };
  it('before opening, work starts at opening time', () => {
    expect(forecast(base)).toMatchObject({
      status: 'on_track',
      clearedAt: '2026-11-25T10:00:00.000Z',
      hoursNeeded: 1,
    });
  });
  it('without hours it still says when, but not whether', () => {
    expect(forecast({ ...base, hoursSet: false, opensAt: undefined, closesAt: undefined })).toMatchObject({
      status: 'no_hours',
      clearedAt: '2026-11-25T09:00:00.000Z',
    });
  });
  it('nobody working now: no answer', () => {
    expect(forecast({ ...base, associates: 0 }).status).toBe('no_associates');
  });
});

describe('CSV export', () => {
  it('one row per figure, cells quoted and formulas defused', () => {
    const w = busyDay();
    const csv = dayCsv('paris-01', figures(w, '2026-11-25T10:30:00Z'));
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe('section,key,detail,value');
    expect(rows).toContain('capacity,ship_from_store,limit,2');
    expect(rows).toContain('throughput,10:00,picked,3');
    expect(rows).toContain('rejected_item,SKU-B,Écharpe,1');
    expect(dayCsv('=cmd', figures(w, '2026-11-25T10:30:00Z'))).toContain("day,store,,'=cmd");
  });
});
