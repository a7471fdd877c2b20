import type { PullCollection } from '@shared/sync/protocol';
import { type RxDocumentData, registerMutableWriteContext } from 'rxdb';
import type { ReplicaDatabase } from './database';

/** A pulled document as the service sends it (the RxDB schema's fields and `_deleted`). */
export type PulledDoc = Record<string, unknown> & { _deleted: boolean };

type Stored = RxDocumentData<Record<string, unknown>>;

const ATTEMPTS = 3;

/**
 * The first sync's inserts: their documents are fresh copies (`toStored`), so RxDB may stamp
 * `_rev` and `_meta` on them in place instead of copying each one again. Inserts only: RxDB
 * stamps every document of such a write as a first revision.
 */
const INSERT_CONTEXT = 'store-pull-insert';
registerMutableWriteContext(INSERT_CONTEXT);

/**
 * Write one collection's share of a pulled page into the replica, through the
 * collection's storage instance (RxDB's own write path below the replication
 * protocol: revisions and `_meta` are stamped there, change events reach the
 * collection's reactive queries). Pulled collections have one writer, this pull:
 * a document already stored at the same or a later store sequence is left alone,
 * and a conflict (a clean-up purging a tombstone meanwhile) is read again and retried.
 */
export async function writePulled(
  db: ReplicaDatabase,
  collection: PullCollection,
  docs: readonly PulledDoc[],
  /** First sync: insert without reading first; documents already there (a page pulled again) come back as conflicts. */
  insertFirst = false,
): Promise<void> {
  if (docs.length === 0) return;
  const target = db[collection];
  const instance = target.storageInstance as unknown as {
    findDocumentsById(ids: string[], deleted: boolean): Promise<Stored[]>;
    bulkWrite(
      rows: { document: Stored; previous?: Stored }[],
      context: string,
    ): Promise<{ error: { status: number; documentId: string }[] }>;
  };
  const primary = target.schema.primaryPath as string;
  let pending = docs;
  if (insertFirst) {
    const alive = docs.filter((d) => !d._deleted);
    const result = await instance.bulkWrite(
      alive.map((doc) => ({ document: toStored(doc) })),
      INSERT_CONTEXT,
    );
    const conflicts = new Set(result.error.filter((e) => e.status === 409).map((e) => e.documentId));
    if (conflicts.size < result.error.length) throw refused(collection, result.error);
    // Tombstones and documents already held take the path that reads first.
    pending = docs.filter((d) => d._deleted || conflicts.has(String(d[primary])));
  }
  for (let attempt = 1; pending.length > 0; attempt++) {
    const ids = pending.map((d) => String(d[primary]));
    const stored = new Map((await instance.findDocumentsById(ids, true)).map((d) => [String(d[primary]), d]));
    const rows: { document: Stored; previous?: Stored }[] = [];
    for (const doc of pending) {
      const previous = stored.get(String(doc[primary]));
      if (previous ? isNotNewer(doc, previous) : doc._deleted) continue;
      rows.push({ document: toStored(doc), ...(previous ? { previous } : {}) });
    }
    if (rows.length === 0) return;
    const result = await instance.bulkWrite(rows, 'store-pull');
    if (result.error.length === 0) return;
    const conflicts = new Set(result.error.filter((e) => e.status === 409).map((e) => e.documentId));
    if (conflicts.size < result.error.length || attempt >= ATTEMPTS) throw refused(collection, result.error);
    pending = pending.filter((d) => conflicts.has(String(d[primary])));
  }
}

function isNotNewer(doc: PulledDoc, stored: Stored): boolean {
  const seq = doc.seq;
  const had = stored.seq;
  return typeof seq === 'number' && typeof had === 'number' && had >= seq && stored._deleted === doc._deleted;
}

/** The storage shape of a pulled document; RxDB's storage wrapper stamps `_rev` and `_meta.lwt`. */
export function toStored(doc: PulledDoc): Stored {
  return { ...doc, _attachments: {}, _rev: '1-pull', _meta: { lwt: 1 } } as Stored;
}

function refused(collection: string, errors: readonly { status: number; documentId: string }[]): Error {
  const first = errors[0];
  return new Error(
    `The replica refused ${errors.length} pulled ${collection} document(s) (${first?.status} on ${first?.documentId}).`,
  );
}
