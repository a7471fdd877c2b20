import { storeLocalDate } from '@shared/domain/time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder } from '../support/fixtures';
import { deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

type Event = { type: string; storeId: string; orderId: string; data: Record<string, unknown> };

describe(`store manager: capacity, pauses, release all, the day (${ENGINE})`, () => {
  let svc: TestService;
  let token: string;
  const today = storeLocalDate(new Date(), 'Europe/Paris');

  async function events(): Promise<Event[]> {
    const all: Event[] = [];
    let after = '';
    for (let i = 0; i < 50; i++) {
      const page = await svc.oms<{ events: Event[]; next: string }>(
        'GET',
        `/events?storeId=mgr-01&limit=500${after ? `&after=${after}` : ''}`,
      );
      all.push(...page.body.events);
      if (page.body.events.length < 500) break;
      after = page.body.next;
    }
    return all;
  }

  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore('mgr-01');
    await svc.oms('POST', '/stores/mgr-01/stock', {
      items: [
        { sku: 'SKU-A', onHand: 20 },
        { sku: 'SKU-B', onHand: 20 },
      ],
    });
    for (const [id, kind] of [
      ['o-1', 'ship_from_store'],
      ['o-2', 'click_and_collect'],
      ['o-3', 'ship_from_store'],
    ] as const)
      await svc.oms('POST', '/stores/mgr-01/orders', { order: anOrder({ id, number: `FR-${id}`, kind }) });
    ({ token } = await svc.enroll('mgr-01'));
  });
  afterAll(() => svc.close());

  it('a manager’s capacity, pause and hours reach the OMS API and the event feed after one push', async () => {
    const until = new Date(Date.now() + 3 * 3_600_000).toISOString();
    const week = Array.from({ length: 7 }, () => ({ closed: false, open: '09:00', close: '20:00' }));
    const pushed = await svc.push(token, [
      deviceCommand('set_capacity', { date: today, kind: 'ship_from_store', limit: 2 }, 'alice'),
      deviceCommand(
        'pause_fulfilment',
        { kind: 'click_and_collect', paused: true, reason: 'inventaire', until },
        'alice',
      ),
      deviceCommand('set_opening_hours', { openingHours: week }, 'alice'),
    ]);
    expect(pushed.body.receipts.map((r) => r.outcome)).toEqual(['applied', 'applied', 'applied']);

    const capacity = await svc.oms<{
      paused: Record<string, { paused: boolean; reason: string; until?: string }>;
      pausedNow: Record<string, boolean>;
      openingHours: unknown[];
      days: { kind: string; limit: number | null; assigned: number; remaining: number | null }[];
    }>('GET', `/stores/mgr-01/capacity?from=${today}&to=${today}`);
    expect(capacity.body.paused.click_and_collect).toMatchObject({
      paused: true,
      reason: 'inventaire',
      until,
    });
    expect(capacity.body.pausedNow).toEqual({ ship_from_store: false, click_and_collect: true });
    expect(capacity.body.openingHours).toHaveLength(7);
    expect(capacity.body.days).toContainEqual(
      expect.objectContaining({ kind: 'ship_from_store', limit: 2, assigned: 2, remaining: 0 }),
    );

    const feed = await events();
    expect(feed.find((e) => e.type === 'capacity_changed')?.data).toMatchObject({
      kind: 'ship_from_store',
      limit: 2,
    });
    expect(feed.find((e) => e.type === 'fulfilment_paused')?.data).toMatchObject({
      kind: 'click_and_collect',
      reason: 'inventaire',
      until,
    });

    // An order assigned while paused is accepted, with the reason, and flagged in the day's figures.
    const assigned = await svc.oms<{ reason: string }>('POST', '/stores/mgr-01/orders', {
      order: anOrder({ id: 'o-4', number: 'FR-o-4', kind: 'click_and_collect' }),
    });
    expect(assigned.status).toBe(201);
    expect(assigned.body.reason).toBe('fulfilment_paused');
  });

  it('an associate’s capacity change or pause is refused as data: nothing changes, no event', async () => {
    const before = (await events()).length;
    const pushed = await svc.push(token, [
      deviceCommand('set_capacity', { date: today, kind: 'click_and_collect', limit: 0 }, 'dora'),
      deviceCommand('pause_fulfilment', { kind: 'ship_from_store', paused: true, reason: '' }, 'dora'),
      // Nor may they lift the manager's pause, or change the hours.
      deviceCommand('pause_fulfilment', { kind: 'click_and_collect', paused: false, reason: '' }, 'dora'),
      deviceCommand(
        'set_opening_hours',
        { openingHours: Array.from({ length: 7 }, () => ({ closed: true, open: '00:00', close: '00:00' })) },
        'dora',
      ),
    ]);
    expect(pushed.status).toBe(200);
    expect(pushed.body.receipts.map((r) => [r.outcome, r.reason])).toEqual([
      ['rejected', 'not_permitted'],
      ['rejected', 'not_permitted'],
      ['rejected', 'not_permitted'],
      ['rejected', 'not_permitted'],
    ]);
    const capacity = await svc.oms<{
      pausedNow: Record<string, boolean>;
      openingHours: unknown[];
      days: { kind: string; limit: number | null }[];
    }>('GET', `/stores/mgr-01/capacity?from=${today}&to=${today}`);
    expect(capacity.body.pausedNow).toEqual({ ship_from_store: false, click_and_collect: true });
    expect(capacity.body.openingHours).toContainEqual(
      expect.objectContaining({ closed: false, open: '09:00', close: '20:00' }),
    );
    expect(capacity.body.days.find((d) => d.kind === 'click_and_collect')?.limit ?? null).toBeNull();
    expect((await events()).length).toBe(before);
  });

  it('release all outstanding: each order not picked goes back to the OMS, the kind pauses, a late pick gets a task', async () => {
    await svc.push(token, [
      deviceCommand('pick', { orderId: 'o-3', lineId: 'l1', qty: 1, barcode: '' }, 'bruno'),
    ]);
    const release = (orderId: string) =>
      deviceCommand('release_order', { orderId, reason: 'staff_shortage', confirmedBy: 'alice' }, 'alice');
    const pushed = await svc.push(token, [
      release('o-1'),
      release('o-3'),
      deviceCommand(
        'pause_fulfilment',
        { kind: 'ship_from_store', paused: true, reason: 'staff_shortage' },
        'alice',
      ),
    ]);
    expect(pushed.body.receipts.map((r) => [r.outcome, r.reason])).toEqual([
      ['applied', ''],
      ['rejected', 'order_in_progress'],
      ['applied', ''],
    ]);
    const o1 = await svc.oms<{ status: string }>('GET', '/stores/mgr-01/orders/o-1');
    expect(o1.body.status).toBe('rejected');
    const feed = await events();
    expect(feed.filter((e) => e.type === 'order_released').map((e) => e.orderId)).toEqual(['o-1']);
    expect(feed.filter((e) => e.type === 'fulfilment_paused').at(-1)?.data).toMatchObject({
      kind: 'ship_from_store',
    });

    // A device that was offline picks the released order: the pick is kept, a put-away task opens.
    const late = await svc.push(token, [
      deviceCommand('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' }, 'bruno'),
    ]);
    expect(late.body.receipts[0]?.outcome).toBe('exception');
    const tasks = await svc.pull<{ kind: string; orderId: string; status: string }>(token, 'tasks');
    expect(tasks.body.documents).toContainEqual(
      expect.objectContaining({ kind: 'put_away', orderId: 'o-1', status: 'open' }),
    );

    // Only a manager confirming with the PIN may release.
    const refused = await svc.push(token, [
      deviceCommand('release_order', { orderId: 'o-2', reason: 'other', confirmedBy: 'dora' }, 'alice'),
      deviceCommand('release_order', { orderId: 'o-2', reason: 'other', confirmedBy: 'alice' }, 'dora'),
    ]);
    expect(refused.body.receipts.map((r) => r.reason)).toEqual(['manager_pin_required', 'not_permitted']);
  });

  it('GET /day: the dashboard’s figures, by the same function, as JSON and CSV', async () => {
    const day = await svc.oms<{
      date: string;
      capacity: { kind: string; paused: boolean; assigned: number }[];
      flagged: { orderId: string; reason: string }[];
      backlog: Record<string, number>;
      associates: { staffId: string; picked: number }[];
      tasks: Record<string, number>;
      forecast: { status: string; inputs: { unitsToPick: number } };
    }>('GET', '/stores/mgr-01/day');
    expect(day.status).toBe(200);
    expect(day.body.date).toBe(today);
    expect(day.body.capacity).toEqual([
      expect.objectContaining({ kind: 'ship_from_store', paused: true }),
      expect.objectContaining({ kind: 'click_and_collect', paused: true, assigned: 2 }),
    ]);
    expect(day.body.flagged).toContainEqual(
      expect.objectContaining({ orderId: 'o-4', reason: 'fulfilment_paused' }),
    );
    expect(day.body.backlog).toMatchObject({ to_pick: 2, picking: 1 });
    expect(day.body.associates).toContainEqual(expect.objectContaining({ staffId: 'bruno' }));
    expect(day.body.tasks.put_away).toBe(1);
    expect(day.body.forecast.inputs.unitsToPick).toBeGreaterThan(0);

    const csv = await fetch(`${svc.url}/oms/v1/stores/mgr-01/day?format=csv&associates=2`, {
      headers: { authorization: 'Bearer test-oms-key' },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('forecast_input,associates,,2');
    expect((await svc.oms('GET', '/stores/nowhere/day')).status).toBe(404);
    expect((await svc.oms('GET', '/stores/mgr-01/day?associates=-1')).status).toBe(400);
  });

  it('the manager resumes: the OMS reads the kind open again and the feed says fulfilment_resumed', async () => {
    const pushed = await svc.push(token, [
      deviceCommand('pause_fulfilment', { kind: 'click_and_collect', paused: false, reason: '' }, 'alice'),
    ]);
    expect(pushed.body.receipts.map((r) => r.outcome)).toEqual(['applied']);
    const capacity = await svc.oms<{
      paused: Record<string, { paused: boolean }>;
      pausedNow: Record<string, boolean>;
    }>('GET', '/stores/mgr-01/capacity');
    expect(capacity.body.pausedNow).toEqual({ ship_from_store: true, click_and_collect: false });
    expect(capacity.body.paused.click_and_collect?.paused).toBe(false);
    const resumed = (await events()).filter((e) => e.type === 'fulfilment_resumed');
    expect(resumed.map((e) => e.data.kind)).toEqual(['click_and_collect']);
  });
});
