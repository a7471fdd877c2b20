import {
  type BulkWriteRow,
  categorizeBulkWriteRows,
  type DexieSettings,
  type DexieStorageInternals,
  type EventBulk,
  flatCloneDocWithMeta,
  now,
  type PreparedQuery,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorageBulkWriteResponse,
  type RxStorageChangeEvent,
  type RxStorageCountResult,
  type RxStorageDefaultCheckpoint,
  type RxStorageInstance,
  type RxStorageQueryResult,
  type RxStorageWriteErrorConflict,
  type StringKeys,
} from 'rxdb';
import {
  DEXIE_DOCS_TABLE_NAME,
  fromDexieToStorage,
  type RxStorageInstanceDexie,
} from 'rxdb/plugins/storage-dexie';
import { merge, type Observable, Subject } from 'rxjs';
import { addAll } from './add-all';
import { dexieFormat } from './dexie-format';

type Changes<T> = EventBulk<RxStorageChangeEvent<RxDocumentData<T>>, RxStorageDefaultCheckpoint>;

/**
 * RxDB's Dexie storage instance with an insert fast path. A write made only of inserts (no
 * `previous`: a first sync's pulled pages, new commands) is added with IndexedDB `add`, without
 * the read of every document RxDB's `bulkWrite` does first; a document already there fails its
 * `add` and is answered as RxDB answers any insert over an existing document (409 with the stored
 * document). Any other write, queries, counts and reads are RxDB's own. The change events of the
 * fast path are the ones RxDB's would have been (same categorisation, minus the refused rows).
 */
export class LeanDexieInstance<T>
  implements RxStorageInstance<T, DexieStorageInternals, DexieSettings, RxStorageDefaultCheckpoint>
{
  readonly databaseName: string;
  readonly collectionName: string;
  readonly schema: Readonly<RxJsonSchema<RxDocumentData<T>>>;
  readonly internals: DexieStorageInternals;
  readonly options: Readonly<DexieSettings>;
  readonly primaryPath: StringKeys<RxDocumentData<T>>;
  private readonly inserted$ = new Subject<Changes<T>>();
  private toDexie?: (doc: RxDocumentData<T>) => Record<string, unknown>;
  private closed?: Promise<void>;

  constructor(
    private readonly dexie: RxStorageInstanceDexie<T>,
    private readonly settings: DexieSettings,
    private readonly devMode: boolean,
  ) {
    this.databaseName = dexie.databaseName;
    this.collectionName = dexie.collectionName;
    this.schema = dexie.schema;
    this.internals = dexie.internals;
    this.options = dexie.options;
    this.primaryPath = dexie.primaryPath;
  }

  async bulkWrite(rows: BulkWriteRow<T>[], context: string): Promise<RxStorageBulkWriteResponse<T>> {
    if (!this.onlyNewDocuments(rows)) return this.dexie.bulkWrite(rows, context);
    this.ensureOpen();
    const state = await this.internals;
    // RxDB's test suite checks that a storage keeps `_meta` fields it does not know (dev mode only).
    const writes = this.devMode
      ? rows.map((row) => ({ document: flatCloneDocWithMeta(row.document) }))
      : rows;
    // Against an empty "in the database" map every row is an insert: the events and rows RxDB would write.
    const categorized = categorizeBulkWriteRows<T>(
      this,
      this.primaryPath as StringKeys<T>,
      new Map(),
      writes,
      context,
    );
    const inserts = categorized.bulkInsertDocs;
    const key = (doc: Record<string, unknown>) => doc[this.primaryPath] as string;
    const toDexie = this.format(state.booleanIndexes);
    const taken = await addAll(
      state.dexieDb.backendDB(),
      DEXIE_DOCS_TABLE_NAME,
      inserts.map((row) => toDexie(row.document)),
      key,
      this.settings.chromeTransactionDurability,
    );
    const conflicts: RxStorageWriteErrorConflict<T>[] = [];
    for (const row of inserts) {
      const stored = taken.get(key(row.document));
      if (!stored) continue;
      conflicts.push({
        isError: true,
        status: 409,
        documentId: key(row.document),
        writeRow: row,
        documentInDb: fromDexieToStorage(state.booleanIndexes, stored),
        context,
      });
    }
    const bulk = categorized.eventBulk;
    const events = taken.size ? bulk.events.filter((e) => !taken.has(e.documentId)) : bulk.events;
    const newest = inserts.findLast((row) => !taken.has(key(row.document)))?.document;
    if (events.length > 0 && newest) {
      this.inserted$.next({
        ...bulk,
        events,
        checkpoint: { id: key(newest), lwt: newest._meta.lwt },
      });
    }
    return { error: [...categorized.errors, ...conflicts] };
  }

  private format(booleanIndexes: string[]) {
    this.toDexie ??= dexieFormat<T>(this.schema as RxJsonSchema<unknown>, booleanIndexes);
    return this.toDexie;
  }

  /** Inserts only, each id once, no attachments (their rows take RxDB's own path). */
  private onlyNewDocuments(rows: BulkWriteRow<T>[]): boolean {
    if (rows.length === 0 || this.schema.attachments) return false;
    const ids = new Set<unknown>();
    for (const row of rows) {
      if (row.previous || !row.document._rev) return false;
      ids.add(row.document[this.primaryPath]);
    }
    return ids.size === rows.length;
  }

  /**
   * Purges tombstones older than the given age, through `[_meta.lwt+primary]` (RxDB's Dexie
   * storage reads an index on `_meta.lwt` alone, which our tables do not declare).
   */
  async cleanup(minimumDeletedTime: number): Promise<boolean> {
    this.ensureOpen();
    const state = await this.internals;
    const before = now() - minimumDeletedTime;
    const index = `[_meta.lwt+${this.primaryPath}]`;
    await state.dexieDb.transaction('rw', state.dexieTable, async () => {
      // [lwt, id] < [before] exactly when lwt < before.
      const old: Record<string, unknown>[] = await state.dexieTable.where(index).below([before]).toArray();
      const ids = old.filter((doc) => doc._deleted === '1').map((doc) => doc[this.primaryPath] as string);
      await state.dexieTable.bulkDelete(ids);
    });
    return true;
  }

  findDocumentsById(ids: string[], withDeleted: boolean): Promise<RxDocumentData<T>[]> {
    return this.dexie.findDocumentsById(ids, withDeleted);
  }

  query(query: PreparedQuery<T>): Promise<RxStorageQueryResult<T>> {
    return this.dexie.query(query);
  }

  count(query: PreparedQuery<T>): Promise<RxStorageCountResult> {
    return this.dexie.count(query);
  }

  getAttachmentData(documentId: string, attachmentId: string, digest: string): Promise<Blob> {
    return this.dexie.getAttachmentData(documentId, attachmentId, digest);
  }

  changeStream(): Observable<Changes<T>> {
    return merge(this.dexie.changeStream(), this.inserted$);
  }

  async remove(): Promise<void> {
    this.ensureOpen();
    await this.dexie.remove();
    return this.close();
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.inserted$.complete();
      this.closed = this.dexie.close();
    }
    return this.closed;
  }

  private ensureOpen(): void {
    if (this.closed)
      throw new Error(`Storage instance ${this.databaseName}-${this.collectionName} is closed`);
  }
}
