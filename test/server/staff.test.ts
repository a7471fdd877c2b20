import { Writable } from 'node:stream';
import type { StaffDoc } from '@shared/schemas/staff';
import { verifyPin } from '@shared/staff/pin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder } from '../support/fixtures';
import { deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

/** A PIN no hash or id here will contain by chance. */
const PIN = '73915284';

describe(`staff and roles (${ENGINE})`, () => {
  let svc: TestService;
  let logs = '';
  let token: string;
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logs += chunk.toString();
        done();
      },
    });
    svc = await startTestService({ logger: { level: 'trace', stream } });
    await svc.createStore('paris-01');
    await svc.oms('POST', '/stores/paris-01/stock', { items: [{ sku: 'SKU-A', onHand: 10 }] });
    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ kind: 'click_and_collect' }) });
    ({ token } = await svc.enroll('paris-01'));
  });
  afterAll(() => svc.close());

  it('upserts a member of staff; the PIN is never returned, stored or logged in clear', async () => {
    const created = await svc.oms<Record<string, unknown>>('PUT', '/stores/paris-01/staff/camille', {
      displayName: 'Camille Roux',
      role: 'manager',
      badge: 'BADGE-0042',
      pin: PIN,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'camille', role: 'manager', active: true, hasPin: true });
    expect(JSON.stringify(created.body)).not.toContain(PIN);
    expect(created.body).not.toHaveProperty('pin');

    const listed = await svc.oms<{ staff: Record<string, unknown>[] }>('GET', '/stores/paris-01/staff');
    expect(listed.body.staff.map((s) => s.id)).toContain('camille');
    expect(JSON.stringify(listed.body)).not.toMatch(/"(pin|hash|salt)"/);

    for (const sql of [
      'SELECT payload::text AS t FROM commands',
      'SELECT doc::text AS t FROM projections',
      'SELECT data::text AS t FROM events',
    ]) {
      const { rows } = await svc.db.pool.query<{ t: string }>(sql);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.t, sql).not.toContain(PIN);
    }
    expect(logs).toContain('staff upserted');
    expect(logs).not.toContain(PIN);
    // Should a body ever be logged, the PIN is censored.
    svc.service.app.log.warn(
      { body: { pin: PIN, staff: [{ pin: PIN }] }, req: { body: { pin: PIN } } },
      'body',
    );
    expect(logs).toContain('[redacted]');
    expect(logs).not.toContain(PIN);
  });

  it('devices pull the staff with a verifier that checks the PIN offline', async () => {
    const pulled = await svc.pull<StaffDoc>(token, 'staff');
    const camille = pulled.body.documents.find((d) => d.id === 'camille');
    if (!camille) throw new Error('camille was not pulled');
    expect(camille.pin.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyPin(PIN, camille.pin)).toBe(true);
    expect(await verifyPin('0000', camille.pin)).toBe(false);

    // An update without a PIN keeps it; a new PIN replaces it.
    const renamed = await svc.oms('PUT', '/stores/paris-01/staff/camille', {
      displayName: 'Camille Roux-Martin',
      role: 'manager',
    });
    expect(renamed.status).toBe(200);
    const after = (await svc.pull<StaffDoc>(token, 'staff', pulled.body.checkpoint.seq)).body.documents;
    expect(after).toEqual([expect.objectContaining({ id: 'camille', displayName: 'Camille Roux-Martin' })]);
    expect(await verifyPin(PIN, after[0]?.pin ?? camille.pin)).toBe(true);
  });

  it('refuses bad staff input with a 4xx and stores nothing', async () => {
    const before = await svc.count('staff');
    const cases: [string, unknown][] = [
      ['/stores/paris-01/staff/newbie', { displayName: 'Sans PIN', role: 'associate' }],
      ['/stores/paris-01/staff/newbie', { displayName: 'Lettres', role: 'associate', pin: '12a4' }],
      ['/stores/paris-01/staff/newbie', { displayName: 'Rôle', role: 'owner', pin: '1234' }],
      ['/stores/paris-01/staff/__proto__', { displayName: 'Proto', role: 'manager', pin: '1234' }],
      ['/stores/paris-01/staff/newbie', { displayName: 'Nul\u0000', role: 'manager', pin: '1234', x: 1 }],
    ];
    for (const [path, body] of cases) {
      const reply = await svc.oms<{ error: string; message: string }>('PUT', path, body);
      expect(reply.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
      expect(reply.body.message).not.toContain('1234');
    }
    const bulk = await svc.oms('PUT', '/stores/paris-01/staff', {
      staff: [
        { id: 'one', displayName: 'Un', role: 'associate', pin: '1234' },
        { id: 'two', displayName: 'Deux', role: 'associate' },
      ],
    });
    expect(bulk.status).toBe(400);
    expect(bulk.body).toMatchObject({ error: 'pin_required' });
    expect(await svc.count('staff')).toBe(before);
    expect(
      (await svc.oms('PUT', '/stores/nowhere/staff/x', { displayName: 'X', role: 'manager', pin: '1234' }))
        .status,
    ).toBe(404);
  });

  it('refuses a command from staff without the role as data, and keeps a physical fact with a review', async () => {
    const reply = await svc.push(token, [
      deviceCommand('pause_fulfilment', { kind: 'click_and_collect', paused: true, reason: 'test' }, 'dora'),
      deviceCommand('start_pick', { orderId: 'o-1' }, 'ghost'),
      deviceCommand('start_pick', { orderId: 'o-1' }, 'felix'),
      deviceCommand('start_pick', { orderId: 'o-1' }, '__proto__'),
      deviceCommand('pick', { orderId: 'o-1', lineId: 'l1', qty: 2, barcode: '' }, 'eric'),
      deviceCommand('adjust_stock', { sku: 'SKU-A', delta: 50, reason: 'received' }, 'dora'),
    ]);
    expect(reply.status).toBe(200);
    expect(reply.body.receipts.map((r) => [r.outcome, r.reason])).toEqual([
      ['rejected', 'not_permitted'],
      ['rejected', 'not_permitted'],
      ['rejected', 'not_permitted'],
      ['rejected', 'not_permitted'],
      ['applied', ''],
      ['exception', 'done_without_permission'],
    ]);
    const store = await svc.oms<{ fulfilment: { click_and_collect: { paused: boolean } } }>(
      'GET',
      '/stores/paris-01',
    );
    expect(store.body.fulfilment.click_and_collect.paused).toBe(false);
    const tasks = await svc.pull<{ kind: string; sku: string }>(token, 'tasks');
    expect(tasks.body.documents).toContainEqual(
      expect.objectContaining({ kind: 'staff_review', sku: 'SKU-A' }),
    );
    const stock = await svc.pull<{ sku: string; onHand: number }>(token, 'stock');
    expect(stock.body.documents.find((s) => s.sku === 'SKU-A')?.onHand).toBe(60);
  });
});
