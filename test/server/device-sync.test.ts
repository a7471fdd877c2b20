import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder } from '../support/fixtures';
import { call, deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

const pick = (orderId: string, qty = 1) => deviceCommand('pick', { orderId, lineId: 'l1', qty, barcode: '' });

describe(`device replication (${ENGINE})`, () => {
  let svc: TestService;
  let paris: { token: string; deviceId: string };
  let lyon: { token: string; deviceId: string };

  beforeAll(async () => {
    svc = await startTestService({ bodyLimit: 256 * 1024 });
    await svc.createStore('paris-01');
    await svc.createStore('lyon-02');
    for (let i = 0; i < 12; i++) {
      await svc.oms('POST', '/stores/paris-01/orders', {
        order: anOrder({ id: `p-${i}`, number: `FR-P${i}` }),
      });
    }
    await svc.oms('POST', '/stores/lyon-02/orders', { order: anOrder({ id: 'l-0', number: 'FR-L0' }) });
    paris = await svc.enroll('paris-01');
    lyon = await svc.enroll('lyon-02');
  });
  afterAll(() => svc.close());

  describe('enrollment', () => {
    it('a code enrolls one device, once', async () => {
      const code = await svc.admin<{ code: string }>('POST', '/stores/paris-01/enrollment-codes', {});
      const typed = code.body.code.toLowerCase().replace('-', ' ');
      const first = await call(svc.url, 'POST', '/v1/enroll', {
        body: { code: typed, deviceName: 'Caisse 2' },
      });
      expect(first.status).toBe(200);
      const second = await call<{ error: string; message: string }>(svc.url, 'POST', '/v1/enroll', {
        body: { code: code.body.code, deviceName: 'Caisse 3' },
      });
      expect(second.status).toBe(403);
      expect(second.body.message).toMatch(/not valid/);
    });

    it('an unknown code is refused, and only an admin can create codes', async () => {
      const reply = await call(svc.url, 'POST', '/v1/enroll', {
        body: { code: 'ZZZZ-ZZZZ', deviceName: 'x' },
      });
      expect(reply.status).toBe(403);
      const noAdmin = await call(svc.url, 'POST', '/admin/v1/stores/paris-01/enrollment-codes', {
        token: paris.token,
        body: {},
      });
      expect(noAdmin.status).toBe(401);
    });

    it('a revoked device is locked out at once', async () => {
      const device = await svc.enroll('paris-01', 'Perdue');
      expect((await svc.pull(device.token, 'orders')).status).toBe(200);
      await svc.admin('POST', `/devices/${device.deviceId}/revoke`);
      expect((await svc.pull(device.token, 'orders')).status).toBe(401);
    });
  });

  describe('pull', () => {
    it('pages by store sequence: full pages while rows remain, with the count still to come', async () => {
      const seen: string[] = [];
      let seq = 0;
      const pages: number[] = [];
      for (;;) {
        const page = await svc.pull<{ id: string }>(paris.token, 'orders', seq, 5);
        pages.push(page.body.documents.length);
        seen.push(...page.body.documents.map((d) => d.id));
        if (page.body.documents.length < 5) {
          expect(page.body.remaining).toBe(0);
          break;
        }
        expect(page.body.remaining).toBe(12 - seen.length);
        seq = page.body.checkpoint.seq;
      }
      expect(pages).toEqual([5, 5, 2]);
      expect(seen.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `p-${i}`).sort());
    });

    it('a device reads only its own store', async () => {
      const page = await svc.pull<{ id: string }>(lyon.token, 'orders');
      expect(page.body.documents.map((d) => d.id)).toEqual(['l-0']);
      const store = await svc.pull<{ id: string }>(lyon.token, 'store');
      expect(store.body.documents.map((d) => d.id)).toEqual(['lyon-02']);
    });

    it('refuses an unknown collection or an oversized page', async () => {
      expect((await svc.pull(paris.token, 'secrets')).status).toBe(400);
      expect((await svc.pull(paris.token, 'orders', 0, 20_000)).status).toBe(400);
    });
  });

  describe('store pull (every collection, one checkpoint)', () => {
    type Page = {
      collections: Record<string, { id?: string; sku?: string; seq: number }[]>;
      count: number;
      checkpoint: { seq: number };
      remaining: number;
      head: number;
    };
    const storePull = (token: string, query: string) =>
      call<Page>(svc.url, 'GET', `/v1/pull?${query}`, { token });

    it('pages the whole store by store sequence: every document once, fanned out by collection', async () => {
      const seen: string[] = [];
      let seq = 0;
      for (let i = 0; i < 100; i++) {
        const page = await storePull(paris.token, `seq=${seq}&limit=4`);
        expect(page.status).toBe(200);
        const docs = Object.entries(page.body.collections).flatMap(([c, list]) =>
          list.map((d) => ({ c, ...d })),
        );
        expect(docs).toHaveLength(page.body.count);
        seen.push(...docs.map((d) => `${d.c}/${d.id ?? d.sku}`));
        for (const d of docs) expect(d.seq).toBeGreaterThan(seq);
        if (page.body.count < 4) {
          expect(page.body.remaining).toBe(0);
          expect(page.body.head).toBeGreaterThanOrEqual(page.body.checkpoint.seq);
          break;
        }
        seq = page.body.checkpoint.seq;
      }
      expect(seen.filter((s, i) => seen.indexOf(s) !== i)).toEqual([]);
      expect(seen).toEqual(expect.arrayContaining(['store/paris-01', 'orders/p-0', 'orders/p-11']));
      expect(seen.filter((s) => s.startsWith('orders/'))).toHaveLength(12);
      expect(seen.some((s) => s.includes('lyon') || s === 'orders/l-0')).toBe(false);
    });

    it("a part: the day's work without the catalogue, or the catalogue alone", async () => {
      await svc.oms('POST', '/stores/paris-01/stock', { items: [{ sku: 'SKU-Z', onHand: 3 }] });
      const work = await storePull(paris.token, 'part=work&limit=1000');
      expect(Object.keys(work.body.collections)).not.toContain('stock');
      expect(work.body.collections.orders).toHaveLength(12);
      const catalogue = await storePull(paris.token, 'part=catalogue&limit=1000');
      expect(Object.keys(catalogue.body.collections)).toEqual(['stock']);
      const all = await storePull(paris.token, 'limit=1000');
      expect(all.body.count).toBe(work.body.count + catalogue.body.count);
    });

    it('a device pulls only its own receipts', async () => {
      const other = await svc.enroll('paris-01');
      const mine = pick('p-3');
      await svc.push(other.token, [mine]);
      const seenByOther = await storePull(other.token, 'limit=1000');
      expect(seenByOther.body.collections.receipts?.map((r) => r.id)).toEqual([mine.id]);
      const seenByParis = await storePull(paris.token, 'limit=1000');
      expect(seenByParis.body.collections.receipts?.map((r) => r.id) ?? []).not.toContain(mine.id);
    });

    it('refuses an unknown part or an oversized page, with a clear message', async () => {
      const part = await call<{ error: string; message: string }>(svc.url, 'GET', '/v1/pull?part=secrets', {
        token: paris.token,
      });
      expect(part.status).toBe(400);
      expect(part.body.error).toBe('invalid_request');
      expect((await storePull(paris.token, 'limit=20000')).status).toBe(400);
      expect((await storePull(paris.token, 'seq=-1')).status).toBe(400);
      expect((await call(svc.url, 'GET', '/v1/pull')).status).toBe(401);
    });
  });

  describe('push', () => {
    it('applies commands and answers with receipts; business refusals are data, not HTTP errors', async () => {
      const ok = pick('p-1');
      const wrong = deviceCommand('pick', { orderId: 'p-1', lineId: 'nope', qty: 1, barcode: '' });
      const reply = await svc.push(paris.token, [ok, wrong]);
      expect(reply.status).toBe(200);
      expect(reply.body.receipts).toEqual([
        expect.objectContaining({ id: ok.id, outcome: 'applied', duplicate: false }),
        expect.objectContaining({ id: wrong.id, outcome: 'rejected', reason: 'unknown_line' }),
      ]);
      const receipts = await svc.pull<{ id: string; outcome: string }>(paris.token, 'receipts');
      expect(receipts.body.documents.map((r) => r.id)).toEqual(expect.arrayContaining([ok.id, wrong.id]));
    });

    it('a retried push (response lost) changes nothing and returns the first receipts', async () => {
      const command = pick('p-2', 2);
      const first = await svc.push(paris.token, [command]);
      const seqAfterFirst = (await svc.db.pool.query(`SELECT seq FROM stores WHERE id = 'paris-01'`)).rows[0]
        .seq;
      const retry = await svc.push(paris.token, [command, command]);
      expect(retry.body.receipts).toEqual([
        { ...first.body.receipts[0], duplicate: true },
        { ...first.body.receipts[0], duplicate: true },
      ]);
      expect((await svc.db.pool.query(`SELECT seq FROM stores WHERE id = 'paris-01'`)).rows[0].seq).toBe(
        seqAfterFirst,
      );
      const order = await svc.oms<{ lines: { picked: number }[] }>('GET', '/stores/paris-01/orders/p-2');
      expect(order.body.lines[0]?.picked).toBe(2);
    });

    it("a device cannot touch another store's order: it is unknown to its store", async () => {
      const reply = await svc.push(paris.token, [pick('l-0')]);
      expect(reply.body.receipts[0]).toMatchObject({ outcome: 'rejected', reason: 'unknown_order' });
      const lyonOrder = await svc.oms<{ lines: { picked: number }[] }>('GET', '/stores/lyon-02/orders/l-0');
      expect(lyonOrder.body.lines[0]?.picked).toBe(0);
    });
  });

  describe('malformed requests are refused with a clear message, and nothing is stored', () => {
    const cases: [string, (token: string) => Promise<{ status: number; body: unknown }>, number, string][] = [
      [
        'bad JSON',
        (t) => call(svc.url, 'POST', '/v1/push', { token: t, raw: '{"commands": [' }),
        400,
        'invalid_json',
      ],
      [
        'wrong shape',
        (t) => call(svc.url, 'POST', '/v1/push', { token: t, body: { commands: 'pick' } }),
        400,
        'invalid_request',
      ],
      [
        'missing fields',
        (t) =>
          call(svc.url, 'POST', '/v1/push', { token: t, body: { commands: [{ id: 'x', type: 'pick' }] } }),
        400,
        'invalid_request',
      ],
      [
        'unknown command type',
        (t) => svc.push(t, [pick('p-3'), deviceCommand('teleport', { orderId: 'p-3' })]),
        422,
        'invalid_commands',
      ],
      [
        'a command only the OMS may send',
        (t) => svc.push(t, [deviceCommand('cancel_order', { orderId: 'p-3', reason: 'other' })]),
        422,
        'invalid_commands',
      ],
      [
        'a payload of the wrong shape',
        (t) => svc.push(t, [deviceCommand('pick', { orderId: 'p-3', lineId: 'l1', qty: -4, barcode: '' })]),
        422,
        'invalid_commands',
      ],
      [
        'an oversized body',
        (t) =>
          svc.push(
            t,
            Array.from({ length: 400 }, () =>
              deviceCommand('pick', { orderId: 'p-3', lineId: 'l1', qty: 1, barcode: 'x'.repeat(32) }),
            ).map((c) => ({
              ...c,
              deviceTime: 'y'.repeat(40),
              staffId: 'z'.repeat(64),
              payload: { ...(c.payload as object), pad: 'p'.repeat(500) },
            })),
          ),
        413,
        'payload_too_large',
      ],
      [
        'missing auth',
        () => call(svc.url, 'POST', '/v1/push', { body: { commands: [pick('p-3')] } }),
        401,
        'unauthorized',
      ],
      [
        'a bad token',
        () => call(svc.url, 'POST', '/v1/push', { token: 'forged', body: { commands: [pick('p-3')] } }),
        401,
        'unauthorized',
      ],
    ];

    for (const [name, send, status, error] of cases) {
      it(name, async () => {
        const commandsBefore = await svc.count('commands');
        const seqBefore = (await svc.db.pool.query(`SELECT seq FROM stores WHERE id = 'paris-01'`)).rows[0]
          .seq;
        const reply = (await send(paris.token)) as {
          status: number;
          body: { error: string; message: string };
        };
        expect(reply.status).toBe(status);
        expect(reply.body.error).toBe(error);
        expect(reply.body.message.length).toBeGreaterThan(10);
        expect(await svc.count('commands')).toBe(commandsBefore);
        expect((await svc.db.pool.query(`SELECT seq FROM stores WHERE id = 'paris-01'`)).rows[0].seq).toBe(
          seqBefore,
        );
      });
    }

    it('a refused push names each refused command and why', async () => {
      const good = pick('p-3');
      const bad = deviceCommand('teleport', { orderId: 'p-3' });
      const reply = await svc.push(paris.token, [good, bad]);
      expect(reply.body).toMatchObject({
        error: 'invalid_commands',
        refused: [{ index: 1, commandId: bad.id, reason: 'unknown_command_type' }],
      });
    });
  });
});
