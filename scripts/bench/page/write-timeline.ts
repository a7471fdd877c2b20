/// <reference lib="dom" />
import type { RxStorage } from 'rxdb';

type Storage = RxStorage<unknown, unknown>;

/**
 * The storage, with the time its writes are in progress (any collection, the union of their
 * intervals). The rest of a sync is the pull's own time: waiting for pages, parsing them, the
 * loop's steps between pages.
 */
export function timedWrites(storage: Storage): {
  storage: Storage;
  writingMs(from: number, to: number): number;
} {
  const intervals: [number, number][] = [];
  const timed: Storage = {
    name: storage.name,
    rxdbVersion: storage.rxdbVersion,
    async createStorageInstance(params) {
      const instance = await storage.createStorageInstance(params);
      const write = instance.bulkWrite.bind(instance);
      instance.bulkWrite = async (rows, context) => {
        const start = performance.now();
        try {
          return await write(rows, context);
        } finally {
          intervals.push([start, performance.now()]);
        }
      };
      return instance;
    },
  };
  return {
    storage: timed,
    writingMs(from, to) {
      return union(intervals, from, to);
    },
  };
}

/** A readwrite IndexedDB transaction as the page made it: when, how many writes, when the last was issued, when done. */
type Tx = { created: number; first: number; issued: number; done: number; requests: number };

/** Where a write's time goes, summed over the big readwrite transactions (≥ 100 writes) of a span. */
export type IdbTimeline = {
  transactions: number;
  requests: number;
  /** Some big transaction open (created, not yet complete). */
  openMs: number;
  /** Some transaction's writes being issued (the page's main thread cloning values into `add`/`put`). */
  issuingMs: number;
  /** Transactions only committing: every write issued, the page free to prepare the next ones. */
  committingOnlyMs: number;
  /** No big transaction open: IndexedDB has nothing of ours to write. */
  noWriteMs: number;
  /** Each big transaction, ms from the start: created, first write issued, last write issued, complete; writes. */
  each: [number, number, number, number, number][];
};

/**
 * Records IndexedDB's readwrite transactions until `stop` (bench only: patches the prototypes of
 * the page's IndexedDB, and puts them back).
 */
export function recordTransactions(): { stop(from: number, to: number): IdbTimeline } {
  const txs = new WeakMap<IDBTransaction, Tx>();
  const all: Tx[] = [];
  const transaction = IDBDatabase.prototype.transaction;
  const add = IDBObjectStore.prototype.add;
  const put = IDBObjectStore.prototype.put;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
    const tx = transaction.apply(this, args);
    if (tx.mode === 'readwrite') {
      const entry: Tx = { created: performance.now(), first: 0, issued: 0, done: 0, requests: 0 };
      txs.set(tx, entry);
      all.push(entry);
      const end = () => {
        entry.done = performance.now();
      };
      tx.addEventListener('complete', end);
      tx.addEventListener('abort', end);
    }
    return tx;
  } as typeof transaction;
  const counted = <F extends typeof add>(write: F): F =>
    function (this: IDBObjectStore, ...args: Parameters<F>) {
      const request = write.apply(this, args);
      const entry = txs.get(this.transaction);
      if (entry) {
        const at = performance.now();
        if (entry.requests === 0) entry.first = at;
        entry.issued = at;
        entry.requests += 1;
      }
      return request;
    } as F;
  IDBObjectStore.prototype.add = counted(add);
  IDBObjectStore.prototype.put = counted(put);
  return {
    stop(from, to) {
      IDBDatabase.prototype.transaction = transaction;
      IDBObjectStore.prototype.add = add;
      IDBObjectStore.prototype.put = put;
      const big = all.filter((t) => t.requests >= 100 && t.done > 0);
      const open = union(
        big.map((t) => [t.created, t.done]),
        from,
        to,
      );
      const issuing = union(
        big.map((t) => [t.first, t.issued]),
        from,
        to,
      );
      const beforeIssued = union(
        big.map((t) => [t.created, t.issued]),
        from,
        to,
      );
      return {
        transactions: big.length,
        requests: big.reduce((n, t) => n + t.requests, 0),
        openMs: open,
        issuingMs: issuing,
        committingOnlyMs: open - beforeIssued,
        noWriteMs: to - from - open,
        each: big.map((t) => [
          Math.round(t.created - from),
          Math.round(t.first - from),
          Math.round(t.issued - from),
          Math.round(t.done - from),
          t.requests,
        ]),
      };
    },
  };
}

/** The length of the union of intervals, within [from, to]. */
function union(intervals: [number, number][], from: number, to: number): number {
  let total = 0;
  let end = from;
  for (const [start, stop] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const a = Math.max(start, end);
    const b = Math.min(stop, to);
    if (b > a) total += b - a;
    end = Math.max(end, stop);
  }
  return total;
}
