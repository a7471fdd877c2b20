/// <reference lib="dom" />
import { PULL_COLLECTIONS, type PullCollection } from '@shared/sync/protocol';
import type { RxCollection, RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { createReplicaDatabase } from '../../../src-renderer/data/database';
import { type Docs, PULL_BATCH, type RawFigures } from './raw-idb';
import { recordTransactions } from './write-timeline';

/**
 * The floor under the replica: the same documents bulk-inserted into the replica's
 * RxDB collections, without pull, network or views (diagnostic). On RxDB's own Dexie
 * storage unless another is given (the app's, for the floor under today's replica).
 */
export async function insertRxdb(
  docs: Docs,
  name: string,
  storage: RxStorage<unknown, unknown> = getRxStorageDexie(),
): Promise<RawFigures> {
  const transactions = recordTransactions();
  const started = performance.now();
  const db = await createReplicaDatabase({ name, storage });
  const write = async (collection: PullCollection) => {
    const list = (docs.get(collection) ?? []).map(({ _deleted, ...doc }) => doc);
    const size = PULL_BATCH[collection];
    // Documents from the wire, one collection at a time: typed loosely, as the pull writes them.
    const target = db[collection] as unknown as RxCollection<Record<string, unknown>>;
    for (let i = 0; i < list.length; i += size) {
      await target.bulkInsert(list.slice(i, i + size));
    }
  };
  const late: PullCollection[] = ['stock', 'products'];
  await Promise.all(PULL_COLLECTIONS.filter((c) => !late.includes(c)).map(write));
  await Promise.all(late.map(write));
  const ms = performance.now() - started;
  const idb = transactions.stop(started, started + ms);
  await db.close();
  let count = 0;
  for (const list of docs.values()) count += list.length;
  return { ms, docs: count, idb };
}
