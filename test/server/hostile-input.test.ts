import type { COLLECTION_SCHEMAS } from '@shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertDocument } from '../../src-server/validation/documents';
import { anOrder, ean13 } from '../support/fixtures';
import { call, deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

/** Every name Object.prototype has: each is a valid id on the wire, and must stay just an id. */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

/** One command of every device type, with every id field set to `id`. */
function everyDeviceCommand(id: string) {
  return [
    deviceCommand('start_pick', { orderId: id }),
    deviceCommand('pick', { orderId: id, lineId: id, qty: 1, barcode: '' }),
    deviceCommand('unpick', { orderId: id, lineId: id, qty: 1 }),
    deviceCommand('reject_line', { orderId: id, lineId: id, qty: 1, reason: 'damaged' }),
    deviceCommand('pack', { orderId: id, parcels: [{ id, box: 'S', weightGrams: 100 }] }),
    deviceCommand('ship', { orderId: id, carrier: 'dpd', trackingNumbers: ['TRACK1'] }),
    deviceCommand('ready_for_pickup', { orderId: id, stagingLocation: id }),
    deviceCommand('handover', {
      orderId: id,
      lines: [{ lineId: id, qty: 1 }],
      verification: { method: 'id_document', proof: id },
      recipient: { name: id, relation: 'self' },
    }),
    deviceCommand('cancel_at_counter', { orderId: id, reason: 'customer_request' }),
    deviceCommand('create_return', {
      returnId: id,
      orderId: id,
      orderNumber: '',
      lines: [{ sku: id, lineId: id, qty: 1, reason: 'other', condition: 'new', disposition: 'restock' }],
      refund: { amount: 0, currency: 'EUR', method: 'none' },
    }),
    deviceCommand('adjust_stock', { sku: id, delta: 1, reason: 'found' }),
    deviceCommand('count_stock', { sku: id, counted: 3 }),
    deviceCommand('complete_task', { taskId: id }),
    deviceCommand('complete_task', { taskId: `put_away:${id}:${id}` }),
    deviceCommand('complete_task', { taskId: `cycle_count:${id}` }),
    deviceCommand('complete_task', { taskId: `customer_service:${id}:over_picked` }),
  ];
}

function prototypeIntact() {
  const probe: Record<string, unknown> = {};
  return (
    Object.getPrototypeOf(probe) === Object.prototype &&
    Object.getOwnPropertyNames(Object.prototype).length === PROTOTYPE_KEYS.length &&
    typeof probe.toString === 'function' &&
    typeof probe.hasOwnProperty === 'function' &&
    Object.keys(Object.prototype).length === 0
  );
}

describe(`hostile input (${ENGINE})`, () => {
  let svc: TestService;
  let paris: { token: string; deviceId: string };

  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore('paris-01');
    await svc.createStore('lyon-02');
    await svc.oms('POST', '/stores/paris-01/stock', {
      items: [
        { sku: 'SKU-A', onHand: 10 },
        { sku: 'SKU-B', onHand: 5 },
      ],
    });
    paris = await svc.enroll('paris-01');
  });
  afterAll(() => svc.close());

  describe('prototype keys', () => {
    it('every id field named after an Object.prototype key, in every command and OMS route, gets a 4xx or a business receipt, never a 500', {
      timeout: 120_000,
    }, async () => {
      for (const key of PROTOTYPE_KEYS) {
        // Nothing of that id exists yet…
        const before = await svc.push(paris.token, everyDeviceCommand(key));
        expect(before.status, key).toBe(200);
        expect(before.body.receipts.map((r) => r.reason)).not.toContain('internal_error');

        // …then the OMS creates documents under that id…
        const oms = [
          await svc.oms('POST', '/stores/paris-01/products', {
            products: [
              {
                sku: key,
                barcodes: [ean13(7)],
                name: key,
                brand: key,
                size: 'M',
                colour: 'bleu',
                price: { amount: 1000, currency: 'EUR' },
                location: { aisle: 'A', bay: '1', shelf: '1' },
              },
            ],
          }),
          await svc.oms('POST', '/stores/paris-01/stock', { items: [{ sku: key, onHand: 4 }] }),
          await svc.oms('POST', '/stores/paris-01/orders', {
            order: anOrder({
              id: key,
              number: 'FR-PROTO',
              kind: 'click_and_collect',
              pickupCode: '1234',
              lines: [{ id: key, sku: key, name: key, qty: 2, price: { amount: 1000, currency: 'EUR' } }],
            }),
          }),
          await svc.oms('GET', `/stores/paris-01/orders/${key}`),
        ];
        for (const reply of oms)
          expect(reply.status, `${key}: ${JSON.stringify(reply.body)}`).toBeLessThan(300);

        // …and every command meets them.
        const after = await svc.push(paris.token, everyDeviceCommand(key));
        expect(after.status, key).toBe(200);
        expect(after.body.receipts.map((r) => r.reason)).not.toContain('internal_error');
        for (const action of ['reassign', 'cancel']) {
          const reply = await svc.oms('POST', `/stores/paris-01/orders/${key}/${action}`, {
            reason: 'customer_request',
          });
          expect(reply.status, `${action} ${key}`).toBeLessThan(500);
        }
        expect(prototypeIntact(), key).toBe(true);

        // A store named after the key: created, read, given orders, enrolled into, pushed to.
        const store = await svc.oms('PUT', `/stores/${key}`, {
          name: key,
          timezone: 'Europe/Paris',
          locale: 'fr-FR',
          currency: 'EUR',
        });
        expect(store.status, key).toBeLessThan(300);
        expect((await svc.oms('GET', `/stores/${key}`)).status).toBe(200);
        expect((await svc.oms('GET', `/stores/${key}/capacity`)).status).toBe(200);
        const assigned = await svc.oms('POST', `/stores/${key}/orders`, { order: anOrder({ id: key }) });
        expect(assigned.status, key).toBe(201);
        const device = await svc.enroll(key);
        const pushed = await svc.push(device.token, everyDeviceCommand(key));
        expect(pushed.status, key).toBe(200);
        expect(pushed.body.receipts.map((r) => r.reason)).not.toContain('internal_error');
        expect((await svc.admin('GET', `/stores/${key}/devices`)).status).toBe(200);
        expect(prototypeIntact(), key).toBe(true);
      }

      const quarantined = await svc.admin<{ commands: unknown[] }>('GET', '/quarantine');
      expect(quarantined.body.commands).toEqual([]);
      // Every document written is one the devices accept.
      const { rows } = await svc.db.pool.query<{ collection: string; doc: unknown }>(
        `SELECT collection, doc FROM projections WHERE store_id = 'paris-01'`,
      );
      for (const row of rows) assertDocument(row.collection as keyof typeof COLLECTION_SCHEMAS, row.doc);
    });

    it('complete_task with taskId constructor is not applied', async () => {
      const reply = await svc.push(paris.token, [deviceCommand('complete_task', { taskId: 'constructor' })]);
      expect(reply.body.receipts[0]).toMatchObject({ outcome: 'rejected', reason: 'unknown_task' });
    });

    it('adjust_stock with sku __proto__ does not poison the process: every store still takes writes', async () => {
      const reply = await svc.push(paris.token, [
        deviceCommand('adjust_stock', { sku: '__proto__', delta: 5, reason: 'found' }),
      ]);
      expect(reply.status).toBe(200);
      expect(prototypeIntact()).toBe(true);
      const stock = await svc.db.pool.query(
        `SELECT doc FROM projections WHERE store_id = 'paris-01' AND collection = 'stock' AND id = '__proto__'`,
      );
      expect(stock.rows[0]?.doc).toMatchObject({ sku: '__proto__' });
      // Another store, another route with a body: still served.
      const lyon = await svc.oms('POST', '/stores/lyon-02/orders', { order: anOrder({ id: 'l-1' }) });
      expect(lyon.status).toBe(201);
      const device = await svc.enroll('lyon-02');
      const pick = await svc.push(device.token, [
        deviceCommand('pick', { orderId: 'l-1', lineId: 'l1', qty: 1, barcode: '' }),
      ]);
      expect(pick.body.receipts[0]).toMatchObject({ outcome: 'applied' });
    });
  });

  describe('NUL characters and lone surrogates', () => {
    const bad = ['a\u0000b', 'a\ud800b', '\udc00'];

    it('are refused with a 400 naming the field, on every route, and nothing is stored', async () => {
      const before = await svc.count('commands');
      for (const value of bad) {
        const push = await svc.push(paris.token, [
          { ...deviceCommand('adjust_stock', { sku: 'SKU-A', delta: 1, reason: 'found' }), staffId: value },
        ]);
        expect(push.status).toBe(400);
        expect(JSON.stringify(push.body)).toContain('/commands/0/staffId');

        const barcode = await svc.push(paris.token, [
          deviceCommand('pick', { orderId: 'o-x', lineId: 'l1', qty: 1, barcode: value }),
        ]);
        expect(barcode.status).toBe(400);
        expect(JSON.stringify(barcode.body)).toContain('/commands/0/payload/barcode');

        const order = await svc.oms<{ message: string }>('POST', '/stores/paris-01/orders', {
          order: anOrder({ id: 'o-nul', customer: { name: value, email: 'a@b.fr', phone: '1' } }),
        });
        expect(order.status).toBe(400);
        expect(order.body.message).toContain('/order/customer/name');

        const store = await svc.oms<{ message: string }>('PUT', '/stores/paris-01', {
          name: value,
          timezone: 'Europe/Paris',
          locale: 'fr-FR',
          currency: 'EUR',
        });
        expect(store.status).toBe(400);
        expect(store.body.message).toContain('/name');

        const enroll = await call<{ message: string }>(svc.url, 'POST', '/v1/enroll', {
          body: { code: 'ABCD-EFGH', deviceName: value },
        });
        expect(enroll.status).toBe(400);
        expect(enroll.body.message).toContain('/deviceName');

        const code = await svc.admin<{ message: string }>('POST', '/stores/paris-01/enrollment-codes', {
          createdBy: value,
        });
        expect(code.status).toBe(400);
        expect(code.body.message).toContain('/createdBy');
      }
      const events = await svc.oms('GET', '/events?storeId=a%00b');
      expect(events.status).toBe(400);
      // A NUL in a key is refused too.
      const key = await svc.push(paris.token, [
        { ...deviceCommand('start_pick', { orderId: 'o-x' }), payload: { 'order\u0000Id': 'o-x' } },
      ]);
      expect(key.status).toBe(400);
      expect(await svc.count('commands')).toBe(before);
    });
  });

  describe('valid input that overflows a document limit', () => {
    beforeAll(async () => {
      await svc.oms('POST', '/stores/paris-01/orders', {
        order: anOrder({ id: 'o-big', number: 'FR-BIG', kind: 'click_and_collect', pickupCode: '1111' }),
      });
    });

    it('11 picks of 100,000 on one line: the 11th is refused (quantity_limit), the order stays valid', async () => {
      const picks = Array.from({ length: 11 }, () =>
        deviceCommand('pick', { orderId: 'o-big', lineId: 'l1', qty: 100_000, barcode: '' }),
      );
      const reply = await svc.push(paris.token, picks);
      expect(reply.status).toBe(200);
      expect(reply.body.receipts.slice(0, 10).every((r) => r.outcome !== 'rejected')).toBe(true);
      expect(reply.body.receipts[10]).toMatchObject({ outcome: 'rejected', reason: 'quantity_limit' });
      const order = await svc.oms<{ lines: { picked: number }[] }>('GET', '/stores/paris-01/orders/o-big');
      expect(order.body.lines[0]?.picked).toBe(1_000_000);
      assertDocument('orders', order.body);
    });

    it('stock above the maximum is refused (quantity_limit)', async () => {
      const adjust = Array.from({ length: 11 }, () =>
        deviceCommand('adjust_stock', { sku: 'SKU-LIMIT', delta: 100_000, reason: 'found' }),
      );
      const reply = await svc.push(paris.token, adjust);
      expect(reply.body.receipts[10]).toMatchObject({ outcome: 'rejected', reason: 'quantity_limit' });
      const { rows } = await svc.db.pool.query(
        `SELECT doc FROM projections WHERE store_id = 'paris-01' AND collection = 'stock' AND id = 'SKU-LIMIT'`,
      );
      expect(rows[0].doc.onHand).toBe(1_000_000);
    });

    it('a 51st picker on an order: the pick is kept, the pickers list stays within its bound', async () => {
      await svc.oms('POST', '/stores/paris-01/orders', {
        order: anOrder({ id: 'o-crowd', number: 'FR-CROWD' }),
      });
      const picks = Array.from({ length: 51 }, (_, i) =>
        deviceCommand('pick', { orderId: 'o-crowd', lineId: 'l1', qty: 1, barcode: '' }, `picker-${i}`),
      );
      const reply = await svc.push(paris.token, picks);
      expect(reply.body.receipts.every((r) => r.outcome !== 'rejected')).toBe(true);
      const order = await svc.oms<{ pickers: string[]; lines: { picked: number }[] }>(
        'GET',
        '/stores/paris-01/orders/o-crowd',
      );
      expect(order.body.pickers).toHaveLength(50);
      expect(order.body.lines[0]?.picked).toBe(51);
    });

    it('a handover listing one line 200 times is refused (quantity_limit), and the retry answers the same', async () => {
      const handover = deviceCommand('handover', {
        orderId: 'o-big',
        lines: Array.from({ length: 200 }, () => ({ lineId: 'l2', qty: 100_000 })),
        verification: { method: 'pickup_code', proof: '1111' },
        recipient: { name: 'Camille', relation: 'self' },
      });
      const reply = await svc.push(paris.token, [handover]);
      expect(reply.status).toBe(200);
      expect(reply.body.receipts[0]).toMatchObject({ outcome: 'rejected', reason: 'quantity_limit' });
      const retry = await svc.push(paris.token, [handover]);
      expect(retry.body.receipts[0]).toMatchObject({ reason: 'quantity_limit', duplicate: true });
    });

    it('commandLog stays bounded on a busy order (the full history stays in the commands table)', async () => {
      await svc.oms('POST', '/stores/paris-01/orders', {
        order: anOrder({ id: 'o-busy', number: 'FR-BUSY' }),
      });
      const batch = () =>
        Array.from({ length: 150 }, () => deviceCommand('start_pick', { orderId: 'o-busy' }));
      await svc.push(paris.token, batch());
      await svc.push(paris.token, batch());
      const order = await svc.oms<{ commandLog: unknown[] }>('GET', '/stores/paris-01/orders/o-busy');
      expect(order.body.commandLog).toHaveLength(200);
      const { rows } = await svc.db.pool.query(
        `SELECT count(*)::int AS n FROM commands WHERE store_id = 'paris-01' AND payload->>'orderId' = 'o-busy'`,
      );
      expect(rows[0].n).toBe(300);
    });
  });

  describe('dates and cursors', () => {
    it('dates that pass date-time but break new Date() are a 400', async () => {
      for (const promisedBy of ['2026-12-31T23:59:60Z', '2026-12-01T10:00:00+01', '2026-02-30T10:00:00Z']) {
        const reply = await svc.oms<{ message: string }>('POST', '/stores/paris-01/orders', {
          order: anOrder({ id: 'o-date', promisedBy }),
        });
        expect(reply.status, promisedBy).toBe(400);
        expect(reply.body.message).toContain('promisedBy');
      }
      const fine = await svc.oms('POST', '/stores/paris-01/orders', {
        order: anOrder({ id: 'o-date', promisedBy: '2026-12-01T10:00:00+01:00' }),
      });
      expect(fine.status).toBe(201);
    });

    it('checkpoints and cursors beyond bigint are a 400', async () => {
      const pull = await call(svc.url, 'GET', '/v1/pull/orders?seq=1e30', { token: paris.token });
      expect(pull.status).toBe(400);
      for (const after of ['99999999999999999999.1', '1.99999999999999999999', '1e30.1']) {
        const events = await svc.oms('GET', `/events?after=${after}`);
        expect(events.status, after).toBe(400);
      }
      const valid = await svc.oms('GET', '/events?after=0.0&limit=1');
      expect(valid.status).toBe(200);
    });
  });

  describe('body type coercion', () => {
    it('"staffId": true and OMS onHand: "5" are a 400, nothing stored', async () => {
      const before = await svc.count('commands');
      const push = await call(svc.url, 'POST', '/v1/push', {
        token: paris.token,
        body: {
          commands: [
            { ...deviceCommand('adjust_stock', { sku: 'SKU-A', delta: 1, reason: 'found' }), staffId: true },
          ],
        },
      });
      expect(push.status).toBe(400);
      const stock = await svc.oms('POST', '/stores/paris-01/stock', {
        items: [{ sku: 'SKU-A', onHand: '5' }],
      });
      expect(stock.status).toBe(400);
      expect(await svc.count('commands')).toBe(before);
      // Query strings stay text read as numbers.
      const pull = await call(svc.url, 'GET', '/v1/pull/orders?seq=0&limit=5', { token: paris.token });
      expect(pull.status).toBe(200);
    });
  });
});
