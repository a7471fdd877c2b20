import type { PullCollection, PullPart, StorePullResponse } from '@shared/sync/protocol';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { BehaviorSubject, combineLatest, type Observable, tap } from 'rxjs';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { Wake } from '../../../src-renderer/data/backoff';
import { openReplicaDatabase, type ReplicaDatabase } from '../../../src-renderer/data/database';
import { getLeanDexieStorage } from '../../../src-renderer/data/lean-dexie/storage';
import { type PullCursor, readLocal } from '../../../src-renderer/data/local-meta';
import { wholePages } from '../../../src-renderer/data/page-barrier';
import type { PulledDoc } from '../../../src-renderer/data/pull-write';
import { readCursor, StorePull } from '../../../src-renderer/data/store-pull';
import { SyncStateStore } from '../../../src-renderer/data/sync-state';
import { pulledProduct, pulledStock } from './pulled-docs';

/**
 * The store pull during a first sync: a page's writes start while the page before it commits.
 * The catalogue comes in pages of two documents, page k holding stock and product `K<k>` (sequences
 * 2k − 1 and 2k); each page's writes are logged, and held or refused where a test says so.
 */
const PAGES = 4;
const PAGE = 2;

const ROWS: { collection: PullCollection; doc: PulledDoc }[] = Array.from({ length: PAGES }, (_, i) => [
  { collection: 'stock' as const, doc: pulledStock(`K${i + 1}`, 2 * i + 1) },
  { collection: 'products' as const, doc: pulledProduct(`K${i + 1}`, 2 * i + 2) },
]).flat();

const CATALOGUE: readonly PullCollection[] = ['stock', 'products'];
const inPart = (part: PullPart, collection: PullCollection) =>
  part === 'all' || (part === 'catalogue') === CATALOGUE.includes(collection);

/** The service's store pull over ROWS, recording what was asked. */
function fakeService(rows: readonly { collection: PullCollection; doc: PulledDoc }[] = ROWS) {
  const asked: { part: PullPart; seq: number }[] = [];
  const head = () => rows.length;
  return {
    asked,
    pullStore(part: PullPart, seq: number, limit: number): Promise<StorePullResponse> {
      asked.push({ part, seq });
      const left = rows.filter((r) => inPart(part, r.collection) && (r.doc.seq as number) > seq);
      const page = left.slice(0, limit);
      const collections: StorePullResponse['collections'] = {};
      for (const { collection, doc } of page)
        collections[collection] = [...(collections[collection] ?? []), doc];
      const last = page.at(-1)?.doc.seq as number | undefined;
      return Promise.resolve({
        collections,
        count: page.length,
        checkpoint: { seq: last ?? seq },
        remaining: left.length - page.length,
        head: head(),
      });
    },
  };
}

type Deferred = { promise: Promise<void>; resolve: () => void };

function deferred(): Deferred {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** What each test opened, closed after it whatever happened (RxDB allows only so many collections open). */
const cleanups: (() => Promise<void>)[] = [];
/** Writes a test holds: a test that failed may have left one held, let go before the pull is stopped. */
const holds: (() => void)[] = [];
afterEach(async () => {
  for (const release of holds.splice(0)) release();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Step = `${'start' | 'end' | 'fail'} ${PullCollection}:${number}` | 'view';

/**
 * A fresh replica whose catalogue writes are logged (`start stock:1`, `end stock:1`: the storage
 * write of page 1's stock began, ended), held until what `hold` answers is resolved, refused once
 * where `refuse` says. Every checkpoint saved is checked against the log: it never names a page
 * whose writes, or an earlier page's, have not all ended.
 */
async function replica() {
  const { db } = await openReplicaDatabase({
    name: `pull-${uuidv7()}`,
    storage: getLeanDexieStorage({ indexedDB, IDBKeyRange }),
  });
  const log: Step[] = [];
  const held = new Map<string, Deferred>();
  const refuse = new Set<string>();
  const onStep: ((step: Step) => void)[] = [];
  const step = (s: Step) => {
    log.push(s);
    for (const f of onStep) f(s);
  };
  for (const name of CATALOGUE) {
    const instance = db[name].storageInstance as unknown as {
      bulkWrite(rows: { document: { seq?: unknown } }[], context: string): Promise<unknown>;
    };
    const write = instance.bulkWrite.bind(instance);
    instance.bulkWrite = async (rows, context) => {
      const key = `${name}:${Math.ceil(Number(rows[0]?.document.seq) / PAGE)}` as const;
      step(`start ${key}`);
      await held.get(key)?.promise;
      if (refuse.delete(key)) {
        step(`fail ${key}`);
        throw new Error(`The replica refused ${key}.`);
      }
      const result = await write(rows, context);
      step(`end ${key}`);
      return result;
    };
  }
  const ahead: string[] = [];
  const saved: (number | null)[] = [];
  const watch = db.getLocal$<PullCursor>('pull-cursor').subscribe((doc) => {
    const cursor = doc?.toJSON().data;
    if (!cursor) return;
    saved.push(cursor.catalogue);
    const page = Math.ceil((cursor.catalogue ?? 0) / PAGE);
    for (let k = 1; k <= page; k++)
      for (const name of CATALOGUE)
        if (!log.includes(`end ${name}:${k}`))
          ahead.push(`checkpoint ${cursor.catalogue} before ${name}:${k}`);
  });
  cleanups.push(async () => {
    watch.unsubscribe();
    if (!db.closed) await db.close();
  });
  return {
    db,
    log,
    /** Hold this write (`stock:1`: page 1's stock) until the answer is resolved. */
    hold(key: `${PullCollection}:${number}`) {
      const gate = deferred();
      held.set(key, gate);
      holds.push(gate.resolve);
      return gate;
    },
    refuse,
    onStep,
    /** Checkpoints saved before their page was written (none, ever). */
    ahead,
    /** The catalogue cursor of every checkpoint saved, in order. */
    saved,
    async count(): Promise<[number, number]> {
      return [await db.stock.count().exec(), await db.products.count().exec()];
    },
  };
}

/** A store pull of a fresh device (first sync) on the replica, with its sync state observed. */
async function firstSync(
  db: ReplicaDatabase,
  onCataloguePage: (page: number) => void = () => undefined,
  rows: readonly { collection: PullCollection; doc: PulledDoc }[] = ROWS,
) {
  const service = fakeService(rows);
  const sync = new SyncStateStore();
  const initialPage = sync.initialPage.bind(sync);
  let pages = 0;
  sync.initialPage = (part, received, remaining) => {
    initialPage(part, received, remaining);
    if (part === 'catalogue') onCataloguePage(++pages);
  };
  const controller = new AbortController();
  const wake = new Wake();
  const pull = new StorePull({
    db,
    client: service,
    sync,
    wake,
    signal: controller.signal,
    cursor: await readCursor(db, false),
    pageSize: { work: PAGE, catalogue: PAGE, all: PAGE },
  });
  const problem = new Promise<string>((resolve) =>
    sync.state$.subscribe((s) => {
      if (s.lastError) resolve(s.lastError);
    }),
  );
  const stop = async () => {
    controller.abort();
    await pull.stop();
  };
  cleanups.push(stop);
  return { pull, service, wake, problem, stop };
}

const step = (log: Step[], s: Step) => {
  const i = log.indexOf(s);
  expect(i, `${s} in ${log.join(', ')}`).toBeGreaterThanOrEqual(0);
  return i;
};

describe('the store pull during a first sync', () => {
  it("writes a page while the one before commits, two pages at most, and saves a page's checkpoint only once it and every page before are written", async () => {
    const r = await replica();
    const page1 = r.hold('stock:1');
    const page2Written = deferred();
    r.onStep.push(() => {
      if (r.log.includes('end stock:2') && r.log.includes('end products:2')) page2Written.resolve();
    });
    const { pull } = await firstSync(r.db);
    pull.reSync();

    // Page 2 is written while page 1's stock is still being written (pulled one page at a time, never).
    await page2Written.promise;
    expect(r.log).not.toContain('end stock:1');
    expect(r.log.some((s) => s.endsWith(':3'))).toBe(false);
    expect(pull.position.catalogue).toBe(0);
    expect((await readLocal(r.db, 'pull-cursor'))?.catalogue).toBe(0);

    page1.resolve();
    await pull.awaitInSync();
    expect(await r.count()).toEqual([PAGES, PAGES]);
    expect(r.ahead).toEqual([]);
    // In order, each page's once (the empty page after the last names the last again), then joined.
    expect(r.saved.slice(0, 6)).toEqual([0, 2, 4, 6, 8, 8]);
    expect(r.saved.slice(6).every((c) => c === null)).toBe(true);
    expect(step(r.log, 'start stock:2')).toBeLessThan(step(r.log, 'end stock:1'));
  });

  it("the next pages' writes do not wait for the checkpoint of the page before, which is saved in order", async () => {
    const r = await replica();
    // The checkpoint of page 1 takes its time (IndexedDB commits the pages' transactions before it).
    const saving = deferred();
    holds.push(saving.resolve);
    const upsert = r.db.upsertLocal.bind(r.db);
    r.db.upsertLocal = (async (id: string, data: PullCursor) => {
      if (id === 'pull-cursor' && data.catalogue === 2) await saving.promise;
      return upsert(id, data);
    }) as typeof r.db.upsertLocal;
    const page3Written = deferred();
    r.onStep.push(() => {
      if (r.log.includes('end stock:3') && r.log.includes('end products:3')) page3Written.resolve();
    });
    const { pull } = await firstSync(r.db);
    pull.reSync();

    await page3Written.promise;
    expect((await readLocal(r.db, 'pull-cursor'))?.catalogue).toBe(0);
    saving.resolve();
    await pull.awaitInSync();
    expect(r.saved.slice(0, 6)).toEqual([0, 2, 4, 6, 8, 8]);
    expect(r.ahead).toEqual([]);
    expect(await r.count()).toEqual([PAGES, PAGES]);
  });

  it('after the first sync, pages are written one at a time again, each after the one before and its checkpoint', async () => {
    const r = await replica();
    const rows = [...ROWS];
    const { pull } = await firstSync(r.db, undefined, rows);
    pull.reSync();
    await pull.awaitInSync();
    expect((await readLocal(r.db, 'pull-cursor'))?.catalogue).toBeNull();
    r.log.length = 0;

    // Two pages more, as after a poke.
    for (const k of [5, 6])
      rows.push(
        { collection: 'stock', doc: pulledStock(`K${k}`, 2 * k - 1) },
        { collection: 'products', doc: pulledProduct(`K${k}`, 2 * k) },
      );
    pull.reSync();
    await pull.awaitInSync();
    expect(step(r.log, 'end stock:5')).toBeLessThan(step(r.log, 'start stock:6'));
    expect(step(r.log, 'end products:5')).toBeLessThan(step(r.log, 'start stock:6'));
    expect((await readLocal(r.db, 'pull-cursor'))?.seq).toBe(12);
    expect(await r.count()).toEqual([6, 6]);
  });

  it('a page failing while the one before commits leaves the checkpoint at that one, and the pull resumes from it', async () => {
    const r = await replica();
    const page1 = r.hold('stock:1');
    r.refuse.add('stock:2');
    r.onStep.push((s) => {
      if (s === 'fail stock:2') page1.resolve();
    });
    const { pull, service, wake, problem } = await firstSync(r.db);
    pull.reSync();

    expect(await problem).toBe('The replica refused stock:2.');
    expect(step(r.log, 'fail stock:2')).toBeLessThan(step(r.log, 'end stock:1'));
    expect((await readLocal(r.db, 'pull-cursor'))?.catalogue).toBe(2);
    expect(pull.position.catalogue).toBe(2);
    const askedBefore = service.asked.length;

    wake.now();
    await pull.awaitInSync();
    expect(service.asked[askedBefore]).toEqual({ part: 'work', seq: 0 });
    expect(service.asked[askedBefore + 1]).toEqual({ part: 'catalogue', seq: 2 });
    expect(await r.count()).toEqual([PAGES, PAGES]);
    expect(r.ahead).toEqual([]);
  });

  it('a page failing while the next one is written keeps the checkpoint before both; pulled again after a restart, every document is there once', async () => {
    const r = await replica();
    const page1 = r.hold('stock:1');
    r.refuse.add('stock:1');
    r.onStep.push(() => {
      if (r.log.includes('end stock:2') && r.log.includes('end products:2')) page1.resolve();
    });
    const first = await firstSync(r.db);
    first.pull.reSync();

    expect(await first.problem).toBe('The replica refused stock:1.');
    // Page 2 is in the replica, page 1's stock is not: the saved cursor is still before page 1.
    expect(await r.count()).toEqual([1, 2]);
    expect((await readLocal(r.db, 'pull-cursor'))?.catalogue).toBe(0);
    await first.stop();

    const again = await firstSync(r.db);
    again.pull.reSync();
    await again.pull.awaitInSync();
    expect(again.service.asked[1]).toEqual({ part: 'catalogue', seq: 0 });
    expect(await r.count()).toEqual([PAGES, PAGES]);
    expect(r.ahead).toEqual([]);
    const skus = (await r.db.stock.find().exec()).map((d) => d.sku).sort();
    expect(skus).toEqual(['K1', 'K2', 'K3', 'K4']);
  });

  it('a view waiting for an answer gets it before the next page is written', async () => {
    const r = await replica();
    const page1 = r.hold('stock:1');
    const answers: number[] = [];
    const source = new BehaviorSubject(1);
    r.onStep.push((s) => {
      // Asked while page 1 is being written: held until it is in.
      if (s === 'start stock:1')
        source.pipe(wholePages<number>(r.db)).subscribe((n) => {
          answers.push(n);
          r.log.push('view');
        });
    });
    const { pull } = await firstSync(r.db, (page) => {
      if (page === 2) page1.resolve();
    });
    pull.reSync();
    await pull.awaitInSync();

    expect(answers).toEqual([1]);
    expect(step(r.log, 'end stock:1')).toBeLessThan(step(r.log, 'view'));
    expect(step(r.log, 'view')).toBeLessThan(step(r.log, 'start stock:2'));
    expect(await r.count()).toEqual([PAGES, PAGES]);
  });

  it('views joining collections never see half a page, even with two pages being written', async () => {
    const r = await replica();
    const page1 = r.hold('stock:1');
    const seen: [number, number][] = [];
    const shown: [number, number][] = [];
    const counts$: Observable<[number, number]> = combineLatest([
      r.db.stock.count().$,
      r.db.products.count().$,
    ]).pipe(
      tap((counts) => {
        seen.push(counts);
        // Page 2 is in and page 1's stock is not: the half state is there to be seen; page 1 may go on.
        if (counts[0] === 1 && counts[1] === 2) page1.resolve();
      }),
    );
    r.onStep.push((s) => {
      // Both pages being written: page 1 (held) and page 2.
      if (s === 'start stock:2')
        counts$.pipe(wholePages<[number, number]>(r.db)).subscribe((c) => shown.push(c));
    });
    const { pull } = await firstSync(r.db);
    pull.reSync();
    await pull.awaitInSync();

    expect(seen).toContainEqual([1, 2]);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter(([s, p]) => s !== p)).toEqual([]);
    expect(shown.at(-1)).toEqual([PAGES, PAGES]);
  });
});
