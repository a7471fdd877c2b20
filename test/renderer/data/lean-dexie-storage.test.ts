import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import {
  type BulkWriteRow,
  type EventBulk,
  fillWithDefaultSettings,
  getChangedDocumentsSince,
  getPseudoSchemaForVersion,
  now,
  prepareQuery,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorage,
  type RxStorageChangeEvent,
  type RxStorageInstance,
  randomToken,
  stackCheckpoints,
} from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { getLeanDexieStorage } from '../../../src-renderer/data/lean-dexie/storage';

// RxDB's storage expectations (its repository's test/unit/rx-storage-implementations.test.ts),
// the cases our storage changes something under: inserts, conflicts, change events and their
// checkpoints, changes since a checkpoint, queries by index and sort, count, clean-up. Each is
// also run on RxDB's own Dexie storage, which the answers must match.

// The revisions of `rxdb/plugins/test-utils` (which needs `async-test-util`, not a dependency here).
const EXAMPLE_REVISION_1 = '1-12080c42d471e3d2625e49dcca3b8e1a';
const EXAMPLE_REVISION_2 = '2-22080c42d471e3d2625e49dcca3b8e2b';
const EXAMPLE_REVISION_3 = '3-32080c42d471e3d2625e49dcca3b8e3c';

type Doc = { key: string; value: string };
type Row = RxDocumentData<Doc>;
type Instance = RxStorageInstance<Doc, unknown, unknown>;

const STORAGES: [string, () => RxStorage<unknown, unknown>][] = [
  ['lean Dexie storage', () => getLeanDexieStorage({ indexedDB, IDBKeyRange })],
  ["RxDB's Dexie storage", () => getRxStorageDexie({ indexedDB, IDBKeyRange })],
];

/** Indexed on `value` (RxDB fills it to `[_deleted+value+key]`), as the suite's test schema. */
const indexedSchema = (): RxJsonSchema<Row> =>
  fillWithDefaultSettings<Doc>({
    version: 0,
    type: 'object',
    primaryKey: 'key',
    properties: { key: { type: 'string', maxLength: 100 }, value: { type: 'string', maxLength: 100 } },
    required: ['key', 'value'],
    indexes: ['value'],
  });

const doc = (key: string, value = 'barfoo', extra: Partial<Row> = {}): Row => ({
  key,
  value,
  _deleted: false,
  _attachments: {},
  _rev: EXAMPLE_REVISION_1,
  _meta: { lwt: now() },
  ...extra,
});

const opened: Instance[] = [];

describe.each(STORAGES)('%s', (_name, storage) => {
  async function open(schema: RxJsonSchema<Row> = indexedSchema(), databaseName = randomToken(10)) {
    const instance = (await storage().createStorageInstance<Doc>({
      databaseInstanceToken: randomToken(10),
      databaseName,
      collectionName: randomToken(10),
      schema,
      options: {},
      multiInstance: false,
      devMode: true,
    })) as Instance;
    opened.push(instance);
    return instance;
  }
  const all = (instance: Instance, sort: { [k: string]: 'asc' | 'desc' }[] = [{ key: 'asc' }]) =>
    instance.query(prepareQuery(instance.schema, { selector: {}, sort, skip: 0 }));
  const write = (instance: Instance, rows: BulkWriteRow<Doc>[]) => instance.bulkWrite(rows, 'test');

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((i) => i.close()));
  });

  describe('inserts and conflicts', () => {
    it('writes the documents and finds them by id', async () => {
      const instance = await open();
      const rows = Array.from({ length: 300 }, (_, i) => ({ document: doc(`k${i}`, `v${i}`) }));
      expect((await write(instance, rows)).error).toEqual([]);
      const found = await instance.findDocumentsById(['k7', 'k299', 'missing'], false);
      expect(found.map((d) => [d.key, d.value, d._deleted]).sort()).toEqual([
        ['k299', 'v299', false],
        ['k7', 'v7', false],
      ]);
    });

    it('answers an insert over an existing document with 409 and the stored document, nothing more', async () => {
      const instance = await open();
      const first = doc('foobar', 'first');
      await write(instance, [{ document: first }]);
      const again = doc('foobar', 'second');
      const result = await write(instance, [{ document: again }, { document: doc('other') }]);
      expect(result.error).toHaveLength(1);
      const [conflict] = result.error;
      expect(conflict?.status).toBe(409);
      expect(conflict?.documentId).toBe('foobar');
      expect(conflict?.writeRow.document).toEqual(again);
      const inDb = conflict && 'documentInDb' in conflict ? conflict.documentInDb : undefined;
      // No storage field leaks into the conflict (booleans are back as booleans).
      expect(inDb).toEqual(first);
      expect(Object.keys(inDb ?? {}).sort()).toEqual(Object.keys(first).sort());
      // The other row of the same write went in; the conflicting one changed nothing.
      expect((await all(instance)).documents.map((d) => [d.key, d.value])).toEqual([
        ['foobar', 'first'],
        ['other', 'barfoo'],
      ]);
    });

    it('of two inserts of the same document at the same time, the second gets the conflict', async () => {
      const instance = await open();
      const [first, second] = await Promise.all([
        write(instance, [{ document: doc('same', 'first') }]),
        write(instance, [{ document: doc('same', 'second') }]),
      ]);
      expect(first.error).toEqual([]);
      expect(second.error[0]?.status).toBe(409);
      expect(second.error[0]?.writeRow.document.value).toBe('second');
    });

    it('refuses an insert over a deleted document without its previous state, takes it with it', async () => {
      const instance = await open();
      const v1 = doc('undelete');
      await write(instance, [{ document: v1 }]);
      const v2 = doc('undelete', 'gone', { _deleted: true, _rev: EXAMPLE_REVISION_2 });
      expect((await write(instance, [{ previous: v1, document: v2 }])).error).toEqual([]);
      const blind = await write(instance, [
        { document: doc('undelete', 'back', { _rev: EXAMPLE_REVISION_3 }) },
      ]);
      expect(blind.error[0]?.status).toBe(409);
      const undelete = doc('undelete', 'back', { _rev: EXAMPLE_REVISION_3 });
      expect((await write(instance, [{ previous: v2, document: undelete }])).error).toEqual([]);
      expect((await instance.findDocumentsById(['undelete'], false))[0]?.value).toBe('back');
    });

    it('inserts already deleted documents (replication tombstones), found only with deleted ones', async () => {
      const instance = await open();
      expect((await write(instance, [{ document: doc('tomb', 'x', { _deleted: true }) }])).error).toEqual([]);
      expect(await instance.findDocumentsById(['tomb'], false)).toEqual([]);
      expect((await instance.findDocumentsById(['tomb'], true))[0]?._deleted).toBe(true);
    });

    it('updates with the previous state, and refuses a stale previous', async () => {
      const instance = await open();
      const v1 = doc('u', 'one');
      await write(instance, [{ document: v1 }]);
      const v2 = doc('u', 'two', { _rev: EXAMPLE_REVISION_2 });
      expect((await write(instance, [{ previous: v1, document: v2 }])).error).toEqual([]);
      const stale = await write(instance, [
        { previous: v1, document: doc('u', 'three', { _rev: EXAMPLE_REVISION_3 }) },
      ]);
      expect(stale.error[0]?.status).toBe(409);
      expect((await instance.findDocumentsById(['u'], false))[0]?.value).toBe('two');
    });
  });

  describe('change events', () => {
    it('emits one bulk per write before the write returns, with a checkpoint past every change', async () => {
      const instance = await open();
      const emitted: EventBulk<RxStorageChangeEvent<Doc>, unknown>[] = [];
      const sub = instance.changeStream().subscribe((bulk) => emitted.push(bulk));
      await instance.bulkWrite([{ document: doc('one') }], 'ctx-1');
      expect(emitted).toHaveLength(1);
      expect(emitted[0]?.events.map((e) => [e.operation, e.documentId])).toEqual([['INSERT', 'one']]);
      expect(emitted[0]?.events[0]?.documentData._meta.lwt).toBeGreaterThan(0);
      await instance.bulkWrite(
        Array.from({ length: 10 }, (_, i) => ({ document: doc(`m${i}`) })),
        'ctx-2',
      );
      expect(emitted).toHaveLength(2);
      expect(emitted[1]?.context).toBe('ctx-2');
      const since = await getChangedDocumentsSince(
        instance,
        100,
        stackCheckpoints(emitted.map((b) => b.checkpoint)),
      );
      expect(since.documents).toEqual([]);
      sub.unsubscribe();
    });

    it('emits inserts, updates and deletes, with the previous state', async () => {
      const instance = await open();
      const ops: string[] = [];
      const sub = instance.changeStream().subscribe((b) => {
        for (const e of b.events)
          ops.push(`${e.operation} ${e.documentId} ${e.previousDocumentData?.value ?? '-'}`);
      });
      const v1 = doc('d', 'one');
      await write(instance, [{ document: v1 }]);
      const v2 = doc('d', 'two', { _rev: EXAMPLE_REVISION_2 });
      await write(instance, [{ previous: v1, document: v2 }]);
      await write(instance, [
        { previous: v2, document: doc('d', 'two', { _deleted: true, _rev: EXAMPLE_REVISION_3 }) },
      ]);
      expect(ops).toEqual(['INSERT d -', 'UPDATE d one', 'DELETE d two']);
      sub.unsubscribe();
    });

    it('emits nothing for a write that only conflicted, and only the written rows of a partial one', async () => {
      const instance = await open();
      const emitted: EventBulk<RxStorageChangeEvent<Doc>, { id: string; lwt: number }>[] = [];
      await write(instance, [{ document: doc('a') }, { document: doc('c') }]);
      const sub = instance.changeStream().subscribe((bulk) => emitted.push(bulk));
      await write(instance, [{ document: doc('a') }]);
      expect(emitted).toEqual([]);
      await write(instance, [{ document: doc('b') }, { document: doc('c') }, { document: doc('d') }]);
      expect(emitted.map((b) => b.events.map((e) => e.documentId))).toEqual([['b', 'd']]);
      expect(emitted[0]?.checkpoint.id).toBe('d');
      sub.unsubscribe();
    });
  });

  describe('changes since a checkpoint', () => {
    it('pages through every change in order, the empty page keeping the checkpoint', async () => {
      const instance = await open();
      expect((await getChangedDocumentsSince(instance, 10)).documents).toEqual([]);
      const v1 = doc('foobar', '0');
      await write(instance, [{ document: v1 }, { document: doc('random') }]);
      await write(
        instance,
        Array.from({ length: 10 }, (_, i) => ({ document: doc(`n${i}`) })),
      );
      await write(instance, [{ previous: v1, document: doc('foobar', '1', { _rev: EXAMPLE_REVISION_2 }) }]);
      const seen: string[] = [];
      let checkpoint: unknown;
      for (let page = 0; page < 10; page++) {
        const res = await getChangedDocumentsSince(instance, 5, checkpoint);
        if (res.documents.length === 0) {
          expect(res.checkpoint).toEqual(checkpoint);
          break;
        }
        seen.push(...res.documents.map((d) => d.key));
        checkpoint = res.checkpoint;
      }
      // Twelve documents, each once; the updated one last, with its latest value.
      expect(seen).toHaveLength(12);
      expect(new Set(seen).size).toBe(12);
      expect(seen.at(-1)).toBe('foobar');
      const latest = await getChangedDocumentsSince(instance, 100);
      expect(latest.documents.find((d) => d.key === 'foobar')?.value).toBe('1');
    });
  });

  describe('queries and count', () => {
    it('sorts by an index, ascending and descending, deleted documents included', async () => {
      const instance = await open();
      await write(
        instance,
        ['c', 'a', 'b'].map((v) => ({ document: doc(`k-${v}`, v) })),
      );
      const asc = await all(instance, [{ value: 'asc' }]);
      expect(asc.documents.map((d) => d.value)).toEqual(['a', 'b', 'c']);
      expect((await all(instance, [{ value: 'desc' }])).documents.map((d) => d.value)).toEqual([
        'c',
        'b',
        'a',
      ]);
      const b = asc.documents[1] as Row;
      await write(instance, [{ previous: b, document: { ...b, _deleted: true, _rev: EXAMPLE_REVISION_2 } }]);
      // The storage runs the query it is given: filtering deleted documents out is RxDB's job.
      expect((await all(instance)).documents).toHaveLength(3);
      const alive = await instance.query(
        prepareQuery(instance.schema, {
          selector: { _deleted: { $eq: false } },
          sort: [{ value: 'asc' }],
          skip: 0,
        }),
      );
      expect(alive.documents.map((d) => d.value)).toEqual(['a', 'c']);
    });

    it('selects by index range with skip and limit', async () => {
      const instance = await open();
      await write(
        instance,
        Array.from({ length: 50 }, (_, i) => ({ document: doc(`k${i}`, String(i).padStart(2, '0')) })),
      );
      const res = await instance.query(
        prepareQuery(instance.schema, {
          selector: { value: { $gte: '10', $lt: '20' } },
          sort: [{ value: 'asc' }],
          skip: 2,
          limit: 3,
        }),
      );
      expect(res.documents.map((d) => d.value)).toEqual(['12', '13', '14']);
    });

    it('counts, deleted documents included', async () => {
      const instance = await open();
      const query = prepareQuery(instance.schema, { selector: {}, sort: [{ key: 'asc' }], skip: 0 });
      expect((await instance.count(query)).count).toBe(0);
      const one = doc('one');
      await write(instance, [{ document: one }, { document: doc('two') }]);
      expect((await instance.count(query)).count).toBe(2);
      await write(instance, [
        { previous: one, document: { ...one, _deleted: true, _rev: EXAMPLE_REVISION_2 } },
      ]);
      expect((await instance.count(query)).count).toBe(2);
    });

    it('selects by an indexed boolean', async () => {
      type Task = { key: string; done: boolean };
      const schema = fillWithDefaultSettings<Task>({
        version: 0,
        type: 'object',
        primaryKey: 'key',
        properties: { key: { type: 'string', maxLength: 100 }, done: { type: 'boolean' } },
        required: ['key', 'done'],
        indexes: ['done'],
      });
      const instance = (await storage().createStorageInstance<Task>({
        databaseInstanceToken: randomToken(10),
        databaseName: randomToken(10),
        collectionName: 'tasks',
        schema,
        options: {},
        multiInstance: false,
        devMode: true,
      })) as unknown as RxStorageInstance<Task, unknown, unknown>;
      const task = (key: string, done: boolean) => ({ ...doc(key), value: undefined, done });
      await instance.bulkWrite(
        [{ document: task('a', true) }, { document: task('b', false) }, { document: task('c', true) }],
        'test',
      );
      const done = await instance.query(
        prepareQuery(schema, { selector: { done: { $eq: true } }, sort: [{ key: 'asc' }], skip: 0 }),
      );
      expect(done.documents.map((d) => [d.key, d.done])).toEqual([
        ['a', true],
        ['c', true],
      ]);
      await instance.close();
    });

    it('works on the default schema (no index of its own)', async () => {
      const instance = await open(getPseudoSchemaForVersion<Doc>(0, 'key') as RxJsonSchema<Row>);
      await write(instance, [{ document: doc('b') }, { document: doc('a') }]);
      expect((await all(instance)).documents.map((d) => d.key)).toEqual(['a', 'b']);
    });
  });

  describe('clean-up', () => {
    it('purges tombstones older than the given age, and nothing else', async () => {
      const instance = await open();
      const gone = doc('gone');
      await write(instance, [{ document: doc('kept') }, { document: gone }]);
      await write(instance, [
        {
          previous: gone,
          document: { ...gone, _deleted: true, _rev: EXAMPLE_REVISION_2, _meta: { lwt: now() } },
        },
      ]);
      expect(await instance.cleanup(6 * 60 * 1000)).toBe(true);
      expect(await instance.findDocumentsById(['gone'], true)).toHaveLength(1);
      expect(await instance.cleanup(0)).toBe(true);
      expect(await instance.findDocumentsById(['gone'], true)).toEqual([]);
      expect(await instance.findDocumentsById(['kept'], true)).toHaveLength(1);
    });
  });

  describe('lifecycle', () => {
    it('keeps the documents across a close, drops them on remove', async () => {
      const databaseName = randomToken(10);
      const schema = indexedSchema();
      const params = {
        databaseInstanceToken: randomToken(10),
        databaseName,
        collectionName: 'items',
        schema,
        options: {},
        multiInstance: false,
        devMode: true,
      };
      const first = await storage().createStorageInstance<Doc>(params);
      await first.bulkWrite([{ document: doc('kept') }], 'test');
      await Promise.all([first.close(), first.close()]);
      await expect(first.remove()).rejects.toThrow();
      const second = await storage().createStorageInstance<Doc>(params);
      expect(await second.findDocumentsById(['kept'], false)).toHaveLength(1);
      await second.remove();
      await second.close();
      const third = await storage().createStorageInstance<Doc>(params);
      expect(await third.findDocumentsById(['kept'], false)).toEqual([]);
      await third.remove();
    });
  });
});
