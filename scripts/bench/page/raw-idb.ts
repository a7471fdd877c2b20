/// <reference lib="dom" />
import { COLLECTION_SCHEMAS } from '@shared/schemas';
import { PULL_COLLECTIONS, PULL_LIMIT_MAX, type PullCollection } from '@shared/sync/protocol';
import { createServiceClient } from '../../../src-renderer/data/http';
import type { IdbTimeline } from './write-timeline';

/**
 * Transaction sizes of the raw write, per collection (the replica's page sizes when each
 * collection had its own pull; kept so the baseline stays the one of earlier figures).
 */
export const PULL_BATCH: Record<PullCollection, number> = {
  store: 10,
  staff: 500,
  orders: 500,
  tasks: 500,
  capacity: 200,
  receipts: 1000,
  returns: 500,
  stock: 10000,
  products: 10000,
};

export type Docs = Map<PullCollection, Record<string, unknown>[]>;
export type RawFigures = {
  ms: number;
  docs: number;
  /** The IndexedDB transactions of the write (the RxDB diagnostics). */
  idb?: IdbTimeline;
};

/** Every document the replica would pull, fetched up front (this part is not timed). */
export async function fetchAll(serviceUrl: string, token: string): Promise<Docs> {
  const client = createServiceClient({ baseUrl: serviceUrl, token });
  const all: Docs = new Map();
  for (const name of PULL_COLLECTIONS) {
    const docs: Record<string, unknown>[] = [];
    for (let seq = 0; ; ) {
      const page = await client.pull<Record<string, unknown>>(name, seq, PULL_LIMIT_MAX);
      docs.push(...page.documents);
      seq = page.checkpoint.seq;
      if (page.documents.length < PULL_LIMIT_MAX) break;
    }
    all.set(name, docs);
  }
  return all;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** One object store per collection, keyed and indexed as its RxDB schema declares. */
function openRaw(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    for (const collection of PULL_COLLECTIONS) {
      const schema = COLLECTION_SCHEMAS[collection] as {
        primaryKey: string;
        indexes?: readonly (string | readonly string[])[];
      };
      const store = open.result.createObjectStore(collection, { keyPath: schema.primaryKey });
      for (const index of schema.indexes ?? []) {
        const keyPath = typeof index === 'string' ? index : [...index];
        store.createIndex(typeof index === 'string' ? index : index.join('+'), keyPath);
      }
    }
  };
  return request(open);
}

/** Write one collection in pages of the replica's pull size, one readwrite transaction a page. */
async function writeCollection(db: IDBDatabase, name: PullCollection, docs: Record<string, unknown>[]) {
  const size = PULL_BATCH[name];
  for (let i = 0; i < docs.length; i += size) {
    const tx = db.transaction(name, 'readwrite');
    const store = tx.objectStore(name);
    for (const doc of docs.slice(i, i + size)) store.put(doc);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }
}

/**
 * The same documents written straight into IndexedDB. 'sequential' writes one
 * collection after the other; 'parallel' has the replica's shape (the early
 * collections together, then stock and products together).
 */
export async function writeRaw(
  docs: Docs,
  name: string,
  mode: 'sequential' | 'parallel',
): Promise<RawFigures> {
  const started = performance.now();
  const db = await openRaw(name);
  const late: PullCollection[] = ['stock', 'products'];
  if (mode === 'sequential') {
    for (const collection of PULL_COLLECTIONS)
      await writeCollection(db, collection, docs.get(collection) ?? []);
  } else {
    const early = PULL_COLLECTIONS.filter((c) => !late.includes(c));
    await Promise.all(early.map((c) => writeCollection(db, c, docs.get(c) ?? [])));
    await Promise.all(late.map((c) => writeCollection(db, c, docs.get(c) ?? [])));
  }
  const ms = performance.now() - started;
  db.close();
  let count = 0;
  for (const list of docs.values()) count += list.length;
  return { ms, docs: count };
}
