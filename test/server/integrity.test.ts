import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { injectFault } from '../../src-server/sync/faults';
import { anOrder } from '../support/fixtures';
import { deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

type Quarantined = {
  id: number;
  commandId: string;
  type: string;
  error: string;
  replayedAt: string | null;
  replayOutcome: string;
};

describe(`idempotency and integrity (${ENGINE})`, () => {
  let svc: TestService;
  let paris: { token: string; deviceId: string };
  let undoFault: (() => void) | undefined;

  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore('paris-01');
    await svc.createStore('lyon-02');
    await svc.oms('POST', '/stores/paris-01/stock', { items: [{ sku: 'SKU-A', onHand: 10 }] });
    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'o-1' }) });
    paris = await svc.enroll('paris-01');
  });
  afterEach(() => undoFault?.());
  afterAll(() => svc.close());

  describe('quarantine', () => {
    it('a command that throws unexpectedly is quarantined with internal_error; the rest of the batch applies', async () => {
      undoFault = injectFault((command) => {
        if (command.type === 'adjust_stock') throw new TypeError('injected fault');
      });
      const pick = deviceCommand('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' });
      const adjust = deviceCommand('adjust_stock', { sku: 'SKU-A', delta: 3, reason: 'found' });
      const count = deviceCommand('count_stock', { sku: 'SKU-B', counted: 4 });
      const reply = await svc.push(paris.token, [pick, adjust, count]);
      expect(reply.status).toBe(200);
      expect(reply.body.receipts).toEqual([
        expect.objectContaining({ id: pick.id, outcome: 'applied' }),
        expect.objectContaining({ id: adjust.id, outcome: 'rejected', reason: 'internal_error' }),
        expect.objectContaining({ id: count.id, outcome: 'applied' }),
      ]);
      // The device pulls the receipt like any other and settles the command.
      const receipts = await svc.pull<{ id: string; reason: string }>(paris.token, 'receipts');
      expect(receipts.body.documents.find((r) => r.id === adjust.id)?.reason).toBe('internal_error');
      // A retry of the same push changes nothing.
      const retry = await svc.push(paris.token, [adjust]);
      expect(retry.body.receipts[0]).toMatchObject({ reason: 'internal_error', duplicate: true });

      const list = await svc.admin<{ commands: Quarantined[] }>('GET', '/quarantine?storeId=paris-01');
      expect(list.body.commands).toEqual([
        expect.objectContaining({ commandId: adjust.id, type: 'adjust_stock', replayedAt: null }),
      ]);
      expect(list.body.commands[0]?.error).toContain('injected fault');
      const stock = await svc.db.pool.query(
        `SELECT doc FROM projections WHERE store_id = 'paris-01' AND collection = 'stock' AND id = 'SKU-A'`,
      );
      expect(stock.rows[0].doc.onHand).toBe(10);
    });

    it('after the fix, a replay applies the quarantined command and it leaves the list', async () => {
      const list = await svc.admin<{ commands: Quarantined[] }>('GET', '/quarantine');
      const entry = list.body.commands[0] as Quarantined;
      const replay = await svc.admin<Quarantined>('POST', `/quarantine/${entry.id}/replay`);
      expect(replay.status).toBe(200);
      expect(replay.body).toMatchObject({ replayOutcome: 'applied' });
      expect(replay.body.replayedAt).not.toBeNull();
      const stock = await svc.db.pool.query(
        `SELECT doc FROM projections WHERE store_id = 'paris-01' AND collection = 'stock' AND id = 'SKU-A'`,
      );
      expect(stock.rows[0].doc.onHand).toBe(13);
      const receipts = await svc.pull<{ id: string; outcome: string; reason: string }>(
        paris.token,
        'receipts',
      );
      expect(receipts.body.documents.find((r) => r.id === entry.commandId)).toMatchObject({
        outcome: 'applied',
        reason: '',
      });
      const pending = await svc.admin<{ commands: Quarantined[] }>('GET', '/quarantine');
      expect(pending.body.commands).toEqual([]);
      const all = await svc.admin<{ commands: Quarantined[] }>('GET', '/quarantine?pending=false');
      expect(all.body.commands).toHaveLength(1);
      expect((await svc.admin('POST', '/quarantine/999999/replay')).status).toBe(404);
    });

    it('an OMS call that throws unexpectedly answers internal_error, never a 500', async () => {
      undoFault = injectFault((command) => {
        if (command.type === 'stock_snapshot') throw new Error('injected fault');
      });
      const reply = await svc.oms<{ error: string }>('POST', '/stores/paris-01/stock', {
        items: [{ sku: 'SKU-C', onHand: 1 }],
      });
      expect(reply.status).toBe(422);
      expect(reply.body.error).toBe('internal_error');
      undoFault();
      const after = await svc.oms('POST', '/stores/paris-01/stock', { items: [{ sku: 'SKU-C', onHand: 1 }] });
      expect(after.status).toBe(200);
    });
  });

  describe('Idempotency-Key', () => {
    const order = (id: string) => ({ order: anOrder({ id, number: `FR-${id}` }) });

    it('same key and same body: the first answer again, same status and shape', async () => {
      const key = { 'idempotency-key': 'idem-1' };
      const first = await svc.oms('POST', '/stores/paris-01/orders', order('o-idem-1'), key);
      const again = await svc.oms('POST', '/stores/paris-01/orders', order('o-idem-1'), key);
      expect(first.status).toBe(201);
      expect(again).toEqual(first);
      const cancelKey = { 'idempotency-key': 'idem-cancel-1' };
      const body = { reason: 'customer_request' };
      const cancel = await svc.oms('POST', '/stores/paris-01/orders/o-idem-1/cancel', body, cancelKey);
      const cancelAgain = await svc.oms('POST', '/stores/paris-01/orders/o-idem-1/cancel', body, cancelKey);
      expect(cancel.status).toBe(200);
      expect(cancelAgain).toEqual(cancel);
    });

    it('staff writes bind their key to the body too: a reused key with other staff is a 422, not a silent no-op', async () => {
      const key = { 'idempotency-key': 'idem-staff-1' };
      const member = { displayName: 'Zoé Garnier', role: 'associate', pin: '4321' };
      const first = await svc.oms('PUT', '/stores/paris-01/staff/zoe', member, key);
      expect(first.status).toBe(201);
      expect(await svc.oms('PUT', '/stores/paris-01/staff/zoe', member, key)).toEqual(first);
      const other = await svc.oms<{ error: string }>(
        'PUT',
        '/stores/paris-01/staff/zoe',
        { ...member, role: 'manager' },
        key,
      );
      expect(other.status).toBe(422);
      expect(other.body.error).toBe('idempotency_key_reused');
      const bulk = { staff: [{ id: 'yann', displayName: 'Yann Roux', role: 'counter', pin: '5678' }] };
      const bulkKey = { 'idempotency-key': 'idem-staff-2' };
      expect((await svc.oms('PUT', '/stores/paris-01/staff', bulk, bulkKey)).status).toBe(200);
      const reused = await svc.oms<{ error: string }>(
        'PUT',
        '/stores/paris-01/staff',
        { staff: [{ ...bulk.staff[0], role: 'manager' }] },
        bulkKey,
      );
      expect(reused.status).toBe(422);
      const staff = await svc.oms<{ staff: { id: string; role: string }[] }>('GET', '/stores/paris-01/staff');
      expect(staff.body.staff.filter((m) => m.id === 'zoe' || m.id === 'yann')).toEqual([
        expect.objectContaining({ id: 'yann', role: 'counter' }),
        expect.objectContaining({ id: 'zoe', role: 'associate' }),
      ]);
    });

    it('same key with another body or on another endpoint is a 422, and nothing is dropped silently', async () => {
      const key = { 'idempotency-key': 'idem-2' };
      expect((await svc.oms('POST', '/stores/paris-01/orders', order('o-idem-2'), key)).status).toBe(201);
      const other = await svc.oms<{ error: string }>(
        'POST',
        '/stores/paris-01/orders',
        order('o-idem-3'),
        key,
      );
      expect(other.status).toBe(422);
      expect(other.body.error).toBe('idempotency_key_reused');
      const elsewhere = await svc.oms<{ error: string }>(
        'POST',
        '/stores/paris-01/orders/o-idem-2/cancel',
        { reason: 'customer_request' },
        key,
      );
      expect(elsewhere.status).toBe(422);
      const read = await svc.oms<{ status: string }>('GET', '/stores/paris-01/orders/o-idem-2');
      expect(read.body.status).toBe('assigned');
    });

    it('a malformed key is a 400', async () => {
      for (const bad of ['has space', 'x'.repeat(57), 'é']) {
        const reply = await svc.oms<{ error: string }>('POST', '/stores/paris-01/orders', order('o-idem-4'), {
          'idempotency-key': bad,
        });
        expect(reply.status, bad).toBe(400);
        expect(reply.body.error).toBe('invalid_idempotency_key');
      }
    });
  });

  describe('command ids', () => {
    it('a device command id that is not a UUID is refused with a 422 naming the command', async () => {
      const command = { ...deviceCommand('start_pick', { orderId: 'o-1' }), id: 'oms:assign-o-9' };
      const reply = await svc.push(paris.token, [command]);
      expect(reply.status).toBe(422);
      expect(reply.body).toMatchObject({
        refused: [expect.objectContaining({ commandId: 'oms:assign-o-9', reason: 'invalid_command_id' })],
      });
    });

    it("another device's command under a known id is a 409; the first device's retry is a duplicate", async () => {
      const other = await svc.enroll('paris-01', 'Tablette 2');
      const first = deviceCommand('start_pick', { orderId: 'o-1' });
      expect((await svc.push(paris.token, [first])).status).toBe(200);
      const clash = {
        ...deviceCommand('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' }),
        id: first.id,
      };
      const reply = await svc.push(other.token, [clash]);
      expect(reply.status).toBe(409);
      expect((reply.body as unknown as { error: string }).error).toBe('command_id_taken');
      const retry = await svc.push(paris.token, [first]);
      expect(retry.body.receipts[0]).toMatchObject({ duplicate: true });
    });
  });

  describe('returns', () => {
    const line = {
      sku: 'SKU-A',
      lineId: 'l1',
      qty: 1,
      reason: 'other',
      condition: 'new',
      disposition: 'restock',
    };

    beforeAll(async () => {
      await svc.oms('POST', '/stores/paris-01/products', {
        products: [
          {
            sku: 'SKU-A',
            barcodes: ['3000000000007'],
            name: 'Pull',
            brand: 'Maison',
            size: 'M',
            colour: 'bleu',
            price: { amount: 4990, currency: 'EUR' },
            location: { aisle: 'A', bay: '1', shelf: '1' },
          },
        ],
      });
      await svc.oms('POST', '/stores/lyon-02/orders', { order: anOrder({ id: 'l-9', number: 'FR-LYON-9' }) });
    });

    type Returned = { type: string; orderId: string; data: { returnId: string; orderNumber: string } };
    /** The feed's `returned` events, once the one for `returnId` is served. */
    async function returnedEvents(returnId: string) {
      const has = (events: Returned[]) =>
        events.some((e) => e.type === 'returned' && e.data.returnId === returnId);
      return (await svc.feedUntil<Returned>(has)).filter((e) => e.type === 'returned');
    }

    it("another store's order id is treated as unlinked and never reaches the feed as that order", async () => {
      const reply = await svc.push(paris.token, [
        deviceCommand('create_return', {
          returnId: 'r-foreign',
          orderId: 'l-9',
          orderNumber: '',
          lines: [line],
          refund: { amount: 4990, currency: 'EUR', method: 'original_payment' },
        }),
      ]);
      expect(reply.body.receipts[0]).toMatchObject({ outcome: 'applied' });
      const event = (await returnedEvents('r-foreign')).find((e) => e.data.returnId === 'r-foreign');
      expect(event?.orderId).toBe('');
      const doc = await svc.db.pool.query(
        `SELECT doc FROM projections WHERE store_id = 'paris-01' AND collection = 'returns' AND id = 'r-foreign'`,
      );
      expect(doc.rows[0].doc.orderId).toBe('');
    });

    it("an unlinked return's refund is bounded by the products' prices and needs a manager above the store's limit", async () => {
      // Taken by counter staff (eric): a manager taking it, or approving it, may go above the limit.
      const unlinked = (returnId: string, amount: number, qty = 1, staffId = 'eric') =>
        deviceCommand(
          'create_return',
          {
            returnId,
            orderId: '',
            orderNumber: '',
            lines: [{ ...line, lineId: '', qty }],
            refund: { amount, currency: 'EUR', method: 'cash' },
          },
          staffId,
        );
      const reply = await svc.push(paris.token, [unlinked('r-too-much', 5000), unlinked('r-big', 14_970, 3)]);
      expect(reply.body.receipts).toEqual([
        expect.objectContaining({ outcome: 'rejected', reason: 'refund_above_price' }),
        expect.objectContaining({ outcome: 'rejected', reason: 'refund_needs_manager' }),
      ]);
      // The same refund taken by a manager passes.
      const byManager = await svc.push(paris.token, [unlinked('r-big-manager', 14_970, 3, 'alice')]);
      expect(byManager.body.receipts[0]).toMatchObject({ outcome: 'applied' });
      // The store raises its limit: the same refund passes.
      await svc.createStore('paris-01', { settings: { unlinkedRefundLimit: 20_000 } });
      const raised = await svc.push(paris.token, [unlinked('r-big-2', 14_970, 3)]);
      expect(raised.body.receipts[0]).toMatchObject({ outcome: 'applied' });
    });

    it("the feed's returned event carries the order number of a linked return", async () => {
      await svc.push(paris.token, [
        deviceCommand('create_return', {
          returnId: 'r-linked',
          orderId: 'o-1',
          orderNumber: '',
          lines: [line],
          refund: { amount: 4990, currency: 'EUR', method: 'original_payment' },
        }),
      ]);
      const event = (await returnedEvents('r-linked')).find((e) => e.data.returnId === 'r-linked');
      expect(event).toMatchObject({ orderId: 'o-1', data: { orderNumber: 'FR-100001' } });
    });

    it('a return recorded offline against a typed order number is linked by the service to the store’s order', async () => {
      const unlinked = (returnId: string, orderNumber: string) =>
        deviceCommand('create_return', {
          returnId,
          orderId: '',
          orderNumber,
          lines: [{ ...line, lineId: '' }],
          refund: { amount: 4990, currency: 'EUR', method: 'original_payment' },
        });
      const reply = await svc.push(paris.token, [
        unlinked('r-by-number', 'FR-100001'),
        // Another store's order number links nothing here.
        unlinked('r-other-store', 'FR-LYON-9'),
      ]);
      // Linked: the order's line counts the unit back, and as it never left the store here, a case is opened.
      expect(reply.body.receipts).toEqual([
        expect.objectContaining({ outcome: 'exception', reason: 'returned_more_than_sold' }),
        expect.objectContaining({ outcome: 'applied' }),
      ]);
      // Both were pushed in one transaction: served together.
      const events = await returnedEvents('r-other-store');
      expect(events.find((e) => e.data.returnId === 'r-by-number')).toMatchObject({
        orderId: 'o-1',
        data: { orderNumber: 'FR-100001', linkedByNumber: true },
      });
      expect(events.find((e) => e.data.returnId === 'r-other-store')?.orderId).toBe('');
      const { rows } = await svc.db.pool.query(
        `SELECT id, doc FROM projections WHERE store_id = 'paris-01' AND collection = 'returns' AND id = ANY($1)`,
        [['r-by-number', 'r-other-store']],
      );
      const docs = Object.fromEntries(rows.map((r: { id: string; doc: unknown }) => [r.id, r.doc]));
      expect(docs['r-by-number']).toMatchObject({ orderId: 'o-1', lines: [{ lineId: 'l1' }] });
      expect(docs['r-other-store']).toMatchObject({ orderId: '' });
    });
  });
});
