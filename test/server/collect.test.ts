import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPickupExpiry } from '../../src-server/jobs/pickup-expiry';
import { type Service, startService } from '../../src-server/service';
import { anOrder } from '../support/fixtures';
import { call, deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

const HOUR = 3_600_000;
const PICKUP_BY = '2026-11-20T18:00:00.000Z';
/** The job's clock: a fixed time the test moves, never the machine's. */
const at = (hoursAfterPickupBy: number) => () =>
  new Date(Date.parse(PICKUP_BY) + hoursAfterPickupBy * HOUR).toISOString();

// A signature pad's PNG, as the counter sends it (a 1×1 image is enough to prove the bytes travel).
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const SIGNATURE = `data:image/png;base64,${PNG_1X1}`;

describe(`Click & Collect on the service (${ENGINE})`, () => {
  let svc: TestService;
  let second: Service;
  let device: { token: string };

  beforeAll(async () => {
    svc = await startTestService({ pickupExpiryEveryMs: 0 });
    // A second instance of the service on the same database (PGlite: the same handle; PostgreSQL: its own pool).
    second = await startService({
      ...(svc.schema
        ? { databaseUrl: process.env.TEST_DATABASE_URL, schema: svc.schema }
        : { database: svc.db }),
      omsApiKeys: ['test-oms-key'],
      adminToken: 'test-admin-token',
      pickupExpiryEveryMs: 0,
    });
    await svc.createStore('paris-01', {
      settings: { pickupExpiryHours: 24, stagingLocations: ['R-01', 'R-02'] },
    });
    await svc.createStore('lyon-02');
    device = await svc.enroll('paris-01');
  });
  afterAll(async () => {
    await second.close();
    await svc.close();
  });

  async function stagedOrder(id: string, pickupBy = PICKUP_BY) {
    await svc.oms('POST', '/stores/paris-01/orders', {
      order: anOrder({ id, number: `CC-${id}`, kind: 'click_and_collect', pickupBy }),
    });
    const push = await svc.push(device.token, [
      deviceCommand('pick', { orderId: id, lineId: 'l1', qty: 2, barcode: '' }),
      deviceCommand('pick', { orderId: id, lineId: 'l2', qty: 1, barcode: '' }),
      deviceCommand('ready_for_pickup', { orderId: id, stagingLocation: 'R-02' }),
    ]);
    expect(push.body.receipts.map((r) => r.outcome)).toEqual(['applied', 'applied', 'applied']);
  }

  const order = async (id: string) =>
    (await svc.oms<Record<string, unknown>>('GET', `/stores/paris-01/orders/${id}`)).body;
  const eventsOf = async (type: string) => {
    const { rows } = await svc.db.pool.query<{ order_id: string }>(
      'SELECT order_id FROM events WHERE type = $1 ORDER BY id',
      [type],
    );
    return rows.map((r) => r.order_id);
  };

  it('keeps the store settings for staging shelves and pickup expiry', async () => {
    const store = await svc.oms<{ settings: Record<string, unknown> }>('GET', '/stores/paris-01');
    expect(store.body.settings).toMatchObject({ pickupExpiryHours: 24, stagingLocations: ['R-01', 'R-02'] });
    await svc.createStore('paris-01', { settings: { requireScan: true } });
    const again = await svc.oms<{ settings: Record<string, unknown> }>('GET', '/stores/paris-01');
    expect(again.body.settings).toMatchObject({ requireScan: true, pickupExpiryHours: 24 });
    await svc.createStore('paris-01', { settings: { requireScan: false } });
  });

  it('the expiry job cancels an order uncollected N hours after pickup-by, once, with a put-away task and an OMS event', async () => {
    await stagedOrder('exp-1');
    await stagedOrder('exp-later', '2026-11-21T18:00:00.000Z');

    // 23 h after pickup-by: nothing is due yet.
    expect(await runPickupExpiry(svc.db, at(23))).toEqual({ ran: true, cancelled: 0, refused: 0 });
    expect(await order('exp-1')).toMatchObject({ status: 'ready_for_pickup' });

    // 25 h after: exp-1 expires, exp-later (a day later) does not.
    expect(await runPickupExpiry(svc.db, at(25))).toMatchObject({ ran: true, cancelled: 1 });
    expect(await order('exp-1')).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'pickup_expired' },
    });
    expect(await order('exp-later')).toMatchObject({ status: 'ready_for_pickup' });
    const tasks = await svc.pull<{ id: string; kind: string; reason: string; qty: number }>(
      device.token,
      'tasks',
    );
    expect(
      tasks.body.documents
        .filter((t) => t.id.startsWith('put_away:exp-1:'))
        .map((t) => [t.id, t.kind, t.reason, t.qty]),
    ).toEqual([
      ['put_away:exp-1:l1', 'expired_pickup', 'pickup_expired', 2],
      ['put_away:exp-1:l2', 'expired_pickup', 'pickup_expired', 1],
    ]);
    type Event = { type: string; orderId: string; data: Record<string, unknown> };
    const expired = (e: Event) => e.type === 'pickup_expired' && e.orderId === 'exp-1';
    const events = await svc.feedUntil<Event>((served) => served.some(expired), 500);
    expect(events.filter(expired)).toEqual([
      expect.objectContaining({ data: { pickupBy: PICKUP_BY, hoursAfter: 24 } }),
    ]);

    // Idempotent: the next rounds change nothing.
    expect(await runPickupExpiry(svc.db, at(26))).toMatchObject({ cancelled: 0 });
    expect(await eventsOf('pickup_expired')).toEqual(['exp-1']);
  });

  it('two instances running the job at once cancel each order once', async () => {
    for (const id of ['race-1', 'race-2', 'race-3']) await stagedOrder(id, '2026-11-10T18:00:00.000Z');
    const rounds = await Promise.all([
      runPickupExpiry(svc.db, at(60)),
      runPickupExpiry(second.db, at(60)),
      runPickupExpiry(svc.db, at(60)),
      runPickupExpiry(second.db, at(60)),
    ]);
    const cancelled = rounds.reduce((n, r) => n + r.cancelled, 0);
    expect(cancelled).toBe(4); // race-1..3 and exp-later (a day after exp-1), each by one round
    const expired = await eventsOf('pickup_expired');
    for (const id of ['race-1', 'race-2', 'race-3', 'exp-later'])
      expect(expired.filter((o) => o === id)).toHaveLength(1);
    const { rows } = await svc.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM commands WHERE type = 'expire_pickup' AND outcome = 'applied'`,
    );
    expect(rows[0]?.n).toBe(5);
  });

  it('a handover that reached the service first wins over the expiry', async () => {
    await stagedOrder('taken', '2026-11-10T18:00:00.000Z');
    await svc.push(device.token, [
      deviceCommand('handover', {
        orderId: 'taken',
        lines: [{ lineId: 'l1', qty: 2 }],
        verification: { method: 'pickup_code', proof: '4821' },
        recipient: { name: 'Camille Martin', relation: 'self' },
      }),
    ]);
    expect(await runPickupExpiry(svc.db, at(40))).toMatchObject({ cancelled: 0 });
    expect(await order('taken')).toMatchObject({ status: 'partially_collected' });
  });

  it('keeps the signature with the handover: readable by the OMS and admin, not by another store’s devices', async () => {
    await stagedOrder('signed');
    const handover = deviceCommand('handover', {
      orderId: 'signed',
      lines: [{ lineId: 'l1', qty: 2 }],
      refused: [{ lineId: 'l2', qty: 1, reason: 'changed_mind' }],
      verification: { method: 'id_document', proof: '7731', idType: 'passport' },
      recipient: { name: 'Alex Martin', relation: 'family' },
      signature: SIGNATURE,
    });
    const push = await svc.push(device.token, [handover]);
    expect(push.body.receipts[0]).toMatchObject({ outcome: 'applied' });

    const path = `/stores/paris-01/orders/signed/handovers/${handover.id}/signature`;
    const viaOms = await fetch(`${svc.url}/oms/v1${path}`, {
      headers: { authorization: 'Bearer test-oms-key' },
    });
    expect(viaOms.status).toBe(200);
    expect(viaOms.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await viaOms.arrayBuffer()).toString('base64')).toBe(PNG_1X1);
    const viaAdmin = await fetch(`${svc.url}/admin/v1${path}`, {
      headers: { authorization: 'Bearer test-admin-token' },
    });
    expect(viaAdmin.status).toBe(200);

    // The order every device pulls says a signature exists, without the image.
    const pulled = await svc.pull<{ id: string; handovers: Record<string, unknown>[] }>(
      device.token,
      'orders',
    );
    const doc = pulled.body.documents.find((d) => d.id === 'signed');
    expect(doc?.handovers[0]).toMatchObject({
      signed: true,
      idType: 'passport',
      recipientRelation: 'family',
    });
    expect(JSON.stringify(pulled.body)).not.toContain(PNG_1X1);

    // The store's own device may read it back (reprint); another store's device may not, nor with the OMS path.
    const own = await fetch(`${svc.url}/v1/orders/signed/handovers/${handover.id}/signature`, {
      headers: { authorization: `Bearer ${device.token}` },
    });
    expect(own.status).toBe(200);
    const lyon = await svc.enroll('lyon-02');
    const other = await call(svc.url, 'GET', `/v1/orders/signed/handovers/${handover.id}/signature`, {
      token: lyon.token,
    });
    expect(other.status).toBe(404);
    const otherViaOms = await call(svc.url, 'GET', `/oms/v1${path}`, { token: lyon.token });
    expect(otherViaOms.status).toBe(401);
    const otherStore = await fetch(
      `${svc.url}/oms/v1/stores/lyon-02/orders/signed/handovers/${handover.id}/signature`,
      {
        headers: { authorization: 'Bearer test-oms-key' },
      },
    );
    expect(otherStore.status).toBe(404);
  });

  it('refuses a signature that is not an image data URL, storing nothing', async () => {
    const before = await svc.count('commands');
    const push = await svc.push(device.token, [
      deviceCommand('handover', {
        orderId: 'signed',
        lines: [{ lineId: 'l1', qty: 1 }],
        verification: { method: 'signature', proof: '' },
        recipient: { name: 'X', relation: 'self' },
        signature: 'data:text/html;base64,PHNjcmlwdD4=',
      }),
    ]);
    expect(push.status).toBe(422);
    expect(await svc.count('commands')).toBe(before);
  });
});
