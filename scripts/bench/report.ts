import type { BrowserRun } from './browser';
import type { IdbTimeline } from './page/write-timeline';
import type { Throughput } from './throughput';

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const perSecond = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
/** The raw baseline is the faster of its two shapes: the comparison never flatters the replica. */
const rawMs = (run: BrowserRun) => Math.min(run.raw.parallel.ms, run.raw.sequential.ms);

export function runLines(i: number, run: BrowserRun): string[] {
  const r = run.replica;
  const docs = Object.values(r.docs).reduce((a, b) => a + b, 0);
  return [
    `run ${i}: replica  first orders shown ${s(r.firstOrdersMs)}, all ${r.docs.orders} orders ${s(r.allOrdersMs)} ` +
      `(ordersReady ${s(r.ordersReadyMs)}), complete ${s(r.completeMs)} for ${docs} docs ` +
      `(${perSecond(docs, r.completeMs)} docs/s) ${JSON.stringify(r.docs)}`,
    `       CPU during the sync: service (same machine) ${s(run.cpu.serviceMs)}, page main thread ` +
      `${s(run.cpu.pageTaskMs)} busy; a storage write in progress ${s(r.writingMs)} of the ${s(r.completeMs)}`,
    `       the same sync, pages one at a time (before the pipelining): complete ${s(run.onePageAtATime.completeMs)}, ` +
      `ratio replica/raw ${(run.onePageAtATime.completeMs / rawMs(run)).toFixed(2)}; pipelined/one at a time ` +
      `${(r.completeMs / run.onePageAtATime.completeMs).toFixed(2)}; CPU: service ${s(run.oneCpu.serviceMs)}, ` +
      `page main thread ${s(run.oneCpu.pageTaskMs)} busy`,
    `       raw IDB  ${s(run.raw.parallel.ms)} parallel, ${s(run.raw.sequential.ms)} sequential for ` +
      `${run.raw.parallel.docs} docs (${perSecond(run.raw.parallel.docs, rawMs(run))} docs/s); ` +
      `ratio replica/raw ${(r.completeMs / rawMs(run)).toFixed(2)}`,
    `       diagnostic: RxDB bulkInsert of the same docs, no replication ${s(run.rxdbInsert.ms)} ` +
      `(${perSecond(run.rxdbInsert.docs, run.rxdbInsert.ms)} docs/s, ${(run.rxdbInsert.ms / rawMs(run)).toFixed(2)} × raw)`,
    `       diagnostic: the same on the app's storage (lean Dexie) ${s(run.appInsert.ms)} ` +
      `(${perSecond(run.appInsert.docs, run.appInsert.ms)} docs/s, ${(run.appInsert.ms / rawMs(run)).toFixed(2)} × raw)`,
    `       IndexedDB, replica: ${timeline(r.idb)}`,
    `       IndexedDB, one page at a time: ${timeline(run.onePageAtATime.idb)}`,
    ...(run.appInsert.idb
      ? [`       IndexedDB, app's storage diagnostic: ${timeline(run.appInsert.idb)}`]
      : []),
  ];
}

/** Where the write time went: writes being issued, transactions only committing, nothing of ours open. */
function timeline(t: IdbTimeline): string {
  return (
    `${t.transactions} transactions of ≥ 100 writes (${t.requests} writes) open ${s(t.openMs)}: writes issued ` +
    `${s(t.issuingMs)}, only committing ${s(t.committingOnlyMs)}; none open ${s(t.noWriteMs)}`
  );
}

/** --timeline: every big transaction of both replicas (ms from openReplica: created, first write, last write, complete). */
export function timelineLines(run: BrowserRun): string[] {
  const rows = (name: string, t: IdbTimeline) =>
    t.each.map(
      ([created, first, issued, done, n]) =>
        `       ${name} ${created} ${first} ${issued} ${done} (${n} writes)`,
    );
  const pulls = (name: string, r: BrowserRun['replica']) =>
    r.pulls.map(
      ([asked, headers, body]) => `       ${name} pull asked ${asked}, headers ${headers}, body ${body}`,
    );
  return [
    ...rows('pipelined', run.replica.idb),
    ...pulls('pipelined', run.replica),
    ...rows('one-at-a-time', run.onePageAtATime.idb),
    ...pulls('one-at-a-time', run.onePageAtATime),
  ];
}

export function syncSummary(runs: BrowserRun[]): string {
  const replica = median(runs.map((r) => r.replica.completeMs));
  const raw = median(runs.map(rawMs));
  const orders = median(runs.map((r) => r.replica.allOrdersMs));
  // Each run measures the replica and the raw write under the same load: its own ratio pairs them.
  const paired = median(runs.map((r) => r.replica.completeMs / rawMs(r)));
  const onePaired = median(runs.map((r) => r.onePageAtATime.completeMs / rawMs(r)));
  return (
    `SYNC replica ${s(replica)} vs raw IndexedDB ${s(raw)}: ratio ${(replica / raw).toFixed(2)} (target ≤ 1.50); ` +
    `all orders usable ${s(orders)} after first connect (target ≤ 2 s)` +
    (runs.length > 1
      ? ` [medians of ${runs.length} runs; median of the runs' own ratios ${paired.toFixed(2)}, ` +
        `pages one at a time ${onePaired.toFixed(2)}]`
      : ` [pages one at a time: ratio ${onePaired.toFixed(2)}]`)
  );
}

export function throughputLine(engine: string, t: Throughput, devices: number, batch: number): string {
  return (
    `THROUGHPUT ${engine}: ${Math.round(t.perSecond).toLocaleString('en-US')} commands applied/s ` +
    `(${t.commands} commands in ${t.seconds.toFixed(2)} s, ${devices} devices, ${batch} per push; ` +
    `outcomes ${JSON.stringify(t.outcomes)}; push p50 ${Math.round(t.pushP50Ms)} ms, p95 ${Math.round(t.pushP95Ms)} ms)`
  );
}
