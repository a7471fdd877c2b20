import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreTurns } from '../../src-server/sync/store-turns';
import { deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

describe('store turns', () => {
  it("runs a store's turns one after the other, in arrival order", async () => {
    const turns = new StoreTurns();
    const log: string[] = [];
    let release: () => void = () => undefined;
    const first = turns.run('paris-01', async () => {
      log.push('first starts');
      await new Promise<void>((r) => {
        release = r;
      });
      log.push('first ends');
    });
    const second = turns.run('paris-01', async () => {
      log.push('second');
    });
    await Promise.resolve();
    expect(log).toEqual(['first starts']);
    release();
    await Promise.all([first, second]);
    expect(log).toEqual(['first starts', 'first ends', 'second']);
  });

  it('never makes one store wait for another, and a failed turn does not hold the next', async () => {
    const turns = new StoreTurns();
    const stuck = turns.run('paris-01', () => new Promise<void>(() => undefined));
    await expect(turns.run('lyon-02', async () => 'lyon')).resolves.toBe('lyon');
    const failed = turns.run('lille-03', async () => {
      throw new Error('bug');
    });
    await expect(failed).rejects.toThrow('bug');
    await expect(turns.run('lille-03', async () => 'next')).resolves.toBe('next');
    expect(turns.busy).toBe(1);
    void stuck;
  });
});

describe.skipIf(ENGINE !== 'postgres')('many stores on a small pool (postgres)', () => {
  let svc: TestService;
  beforeAll(async () => {
    // Fewer connections than one store has tablets pushing at once.
    svc = await startTestService({ databasePoolMax: 3 });
    await svc.createStore('paris-01');
    await svc.createStore('lyon-02');
  });
  afterAll(() => svc.close());

  it("a store whose writers queue does not hold up another store's push", async () => {
    const paris = await Promise.all([1, 2, 3, 4, 5].map((i) => svc.enroll('paris-01', `Tablette ${i}`)));
    const lyon = await svc.enroll('lyon-02');
    // Someone else holds paris-01's lock (a long OMS batch, another instance).
    const holder = new pg.Client({
      connectionString: process.env.TEST_DATABASE_URL,
      options: `-c search_path=${svc.schema}`,
    });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query("SELECT seq FROM stores WHERE id = 'paris-01' FOR UPDATE");

    let parisAnswered = 0;
    const parisPushes = paris.map((d) =>
      svc.push(d.token, [deviceCommand('count_stock', { sku: 'SKU-1', counted: 2 })]).then((reply) => {
        parisAnswered += 1;
        return reply;
      }),
    );
    const lyonPush = await svc.push(lyon.token, [deviceCommand('count_stock', { sku: 'SKU-1', counted: 4 })]);
    expect(lyonPush.status).toBe(200);
    expect(lyonPush.body.receipts).toHaveLength(1);
    expect(parisAnswered).toBe(0);

    await holder.query('COMMIT');
    await holder.end();
    const replies = await Promise.all(parisPushes);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const seqs = replies.map((r) => r.body.receipts[0]?.seq ?? 0);
    expect(new Set(seqs).size).toBe(5);
  });
});
