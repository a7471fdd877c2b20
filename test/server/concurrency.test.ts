import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder } from '../support/fixtures';
import { deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

describe(`overlapping writers (${ENGINE})`, () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore('paris-01');
  });
  afterAll(() => svc.close());

  it('a device pulling while many writers commit never skips a row', async () => {
    const devices = await Promise.all([1, 2, 3].map((i) => svc.enroll('paris-01', `Tablette ${i}`)));
    const reader = devices[0] as { token: string };
    const latest = new Map<string, number>();
    let checkpoint = 0;
    let writing = true;
    const pullLoop = (async () => {
      for (;;) {
        const page = await svc.pull<{ id: string; seq: number }>(reader.token, 'orders', checkpoint, 3);
        for (const doc of page.body.documents) latest.set(doc.id, doc.seq);
        checkpoint = page.body.checkpoint.seq;
        if (!writing && page.body.documents.length < 3) return;
      }
    })();

    const writers = Array.from({ length: 30 }, async (_, i) => {
      const id = `o-${i}`;
      await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id, number: `FR-${i}` }) });
      const device = devices[i % 3] as { token: string };
      await svc.push(device.token, [
        deviceCommand('pick', { orderId: id, lineId: 'l1', qty: 1, barcode: '' }),
      ]);
      if (i % 4 === 0) await svc.oms('POST', `/stores/paris-01/orders/${id}/cancel`, { reason: 'other' });
    });
    await Promise.all(writers);
    writing = false;
    await pullLoop;

    const { rows } = await svc.db.pool.query<{ id: string; seq: number }>(
      `SELECT id, seq FROM projections WHERE store_id = 'paris-01' AND collection = 'orders'`,
    );
    expect(rows).toHaveLength(30);
    for (const row of rows) expect(latest.get(row.id)).toBe(row.seq);
    // Each store write drew distinct sequence numbers.
    const seqs = await svc.db.pool.query<{ n: number; d: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT seq)::int AS d FROM projections WHERE store_id = 'paris-01'`,
    );
    expect(seqs.rows[0]?.n).toBe(seqs.rows[0]?.d);
  });
});
