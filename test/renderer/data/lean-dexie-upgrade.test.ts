import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { filter, firstValueFrom } from 'rxjs';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { type LocalCommand, openReplicaDatabase } from '../../../src-renderer/data/database';
import { getLeanDexieStorage } from '../../../src-renderer/data/lean-dexie/storage';
import { writePulled } from '../../../src-renderer/data/pull-write';
import { pulledProduct, pulledStock } from './pulled-docs';

const lean = () => getLeanDexieStorage({ indexedDB, IDBKeyRange });
const rxdbDexie = () => getRxStorageDexie({ indexedDB, IDBKeyRange });

/** The indexes of a collection's docs table, as IndexedDB has them. */
async function indexesOf(database: string, collection: string, version = 0): Promise<string[]> {
  const open = indexedDB.open(`rxdb-dexie-${database}--${version}--${collection}`);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    return [...db.transaction('docs').objectStore('docs').indexNames].sort();
  } finally {
    db.close();
  }
}

const pick = (): LocalCommand => ({
  id: uuidv7(),
  type: 'pick',
  orderId: 'o-1',
  deviceId: 'device-1',
  staffId: 'alice',
  deviceTime: new Date().toISOString(),
  payload: { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' },
  localSeq: 0,
});

describe('the replica on the lean Dexie storage', () => {
  it('keeps only the indexes RxDB needs', async () => {
    const { db } = await openReplicaDatabase({ name: 'lean-layout', storage: lean() });
    await db.close();
    expect(await indexesOf('lean-layout', 'stock')).toEqual(['[_deleted+sku]', '[_meta.lwt+sku]']);
    expect(await indexesOf('lean-layout', 'products')).toEqual(['[_deleted+barcode+sku]', '[_meta.lwt+sku]']);
  });

  it('takes over a replica written by RxDB’s Dexie storage: nothing dropped, nothing to pull again, unsent commands kept', async () => {
    const name = 'older-storage';
    const older = await openReplicaDatabase({ name, storage: rxdbDexie() });
    await writePulled(older.db, 'stock', [pulledStock('SKU-A', 1, 5), pulledStock('SKU-B', 2, 3)], true);
    await writePulled(older.db, 'products', [pulledProduct('SKU-A', 3, '3000000000017')], true);
    const unsent = pick();
    await older.db.commands.insert(unsent);
    await older.db.close();
    // RxDB's Dexie storage declares `_meta.lwt` alone, and `[_deleted+sku]` beside the barcode index.
    expect(await indexesOf(name, 'products')).toContain('_meta.lwt');

    const upgraded = await openReplicaDatabase({ name, storage: lean() });
    const { db } = upgraded;
    try {
      expect(upgraded.dropped).toEqual([]);
      expect((await db.commands.findOne(unsent.id).exec())?.toJSON()).toMatchObject({
        id: unsent.id,
        payload: unsent.payload,
      });
      expect((await db.stock.find({ sort: [{ sku: 'asc' }] }).exec()).map((s) => [s.sku, s.onHand])).toEqual([
        ['SKU-A', 5],
        ['SKU-B', 3],
      ]);
      // A lookup by barcode runs on the index as the tables now declare it.
      expect((await db.products.findOne({ selector: { barcode: '3000000000017' } }).exec())?.sku).toBe(
        'SKU-A',
      );
      // The next pulls: a new document, and a newer state of one already there.
      await writePulled(db, 'stock', [pulledStock('SKU-A', 4, 4), pulledStock('SKU-C', 5, 9)], false);
      expect((await db.stock.find({ sort: [{ sku: 'asc' }] }).exec()).map((s) => [s.sku, s.onHand])).toEqual([
        ['SKU-A', 4],
        ['SKU-B', 3],
        ['SKU-C', 9],
      ]);
    } finally {
      await db.close();
    }
    expect(await indexesOf(name, 'products')).toEqual(['[_deleted+barcode+sku]', '[_meta.lwt+sku]']);
  });

  it('on a first sync, a page pulled again leaves the newer documents alone and the views follow', async () => {
    const { db } = await openReplicaDatabase({ name: 'lean-first-sync', storage: lean() });
    try {
      // The view, open from the start as the app's lists are, ends up with the final state.
      const total = (docs: { onHand: number }[]) => docs.reduce((sum, d) => sum + d.onHand, 0);
      const all = firstValueFrom(
        db.stock.find().$.pipe(filter((docs) => docs.length === 3 && total(docs) === 8)),
      );
      await writePulled(db, 'stock', [pulledStock('SKU-A', 7, 5), pulledStock('SKU-B', 8, 3)], true);
      // The same page again (a retry), with one newer document and one older state: inserted first, conflicts read.
      await writePulled(
        db,
        'stock',
        [pulledStock('SKU-A', 6, 1), pulledStock('SKU-B', 9, 2), pulledStock('SKU-C', 10, 1)],
        true,
      );
      expect((await db.stock.find({ sort: [{ sku: 'asc' }] }).exec()).map((s) => [s.sku, s.onHand])).toEqual([
        ['SKU-A', 5],
        ['SKU-B', 2],
        ['SKU-C', 1],
      ]);
      expect((await all).map((s) => s.onHand).sort()).toEqual([1, 2, 5]);
    } finally {
      await db.close();
    }
  });
});
