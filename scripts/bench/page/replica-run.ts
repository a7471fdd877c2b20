/// <reference lib="dom" />
import type { DeviceCredentials } from '@shared/sync/protocol';
import { filter, firstValueFrom } from 'rxjs';
import { openReplica } from '../../../src-renderer/data/replica';
import { browserStorage } from '../../../src-renderer/data/storage';
import { type IdbTimeline, recordTransactions, timedWrites } from './write-timeline';

export type ReplicaFigures = {
  /** From openReplica() to the first orders shown by the orders view (open from the start, as the app's list). */
  firstOrdersMs: number;
  /** … to every order of the store in that view. */
  allOrdersMs: number;
  /** … to replica.ordersReady (everything but stock and products pulled). */
  ordersReadyMs: number;
  /** … to the end of the first sync (catalogue and stock included). */
  completeMs: number;
  /** … of which some storage write was in progress (the rest: waiting for pages, parsing them, the loop's steps). */
  writingMs: number;
  /** The IndexedDB transactions of the sync: issuing writes, only committing, none open. */
  idb: IdbTimeline;
  /** Each store pull request, ms from openReplica: asked, answer's headers, answer's body read. */
  pulls: [number, number, number][];
  docs: Record<string, number>;
};

/** The real device replica, on the app's storage (Dexie on IndexedDB), from an empty database to a complete first sync. */
export async function runReplica(
  credentials: DeviceCredentials,
  databaseName: string,
  /** False: the first sync's pages one at a time, as before issue 14's pipelining (for comparison). */
  pipelinePages = true,
): Promise<ReplicaFigures> {
  const timed = timedWrites(browserStorage());
  const transactions = recordTransactions();
  const started = performance.now();
  const pulls: [number, number, number][] = [];
  const timedFetch: typeof fetch = async (input, init) => {
    const asked = performance.now() - started;
    const response = await fetch(input, init);
    if (!String(input).includes('/v1/pull?')) return response;
    const entry: [number, number, number] = [asked, performance.now() - started, Number.NaN];
    pulls.push(entry);
    const text = response.text.bind(response);
    response.text = async () => {
      const body = await text();
      entry[2] = performance.now() - started;
      return body;
    };
    return response;
  };
  const replica = await openReplica({
    ...credentials,
    fetch: timedFetch,
    storage: timed.storage,
    staffId: () => 'camille',
    databaseName,
    pipelinePages,
  });
  const shown: { at: number; count: number }[] = [];
  const view = replica.views.orders$().subscribe((orders) => {
    shown.push({ at: performance.now() - started, count: orders.length });
  });
  try {
    const complete = firstValueFrom(replica.sync.state$.pipe(filter((s) => s.initial.complete)));
    await replica.ordersReady;
    const ordersReadyMs = performance.now() - started;
    await complete;
    const completeMs = performance.now() - started;
    const writingMs = timed.writingMs(started, started + completeMs);
    const idb = transactions.stop(started, started + completeMs);
    const docs: Record<string, number> = {};
    for (const name of ['store', 'orders', 'tasks', 'capacity', 'stock', 'products'] as const) {
      docs[name] = await replica.db[name].count().exec();
    }
    const first = shown.find((s) => s.count > 0);
    const all = shown.find((s) => s.count === docs.orders);
    return {
      firstOrdersMs: first?.at ?? Number.NaN,
      allOrdersMs: all?.at ?? Number.NaN,
      ordersReadyMs,
      completeMs,
      writingMs,
      idb,
      pulls: pulls.map((p) => p.map(Math.round) as [number, number, number]),
      docs,
    };
  } finally {
    view.unsubscribe();
    await replica.close();
  }
}
