import type { CommandEnvelope } from '@shared/commands/envelope';
import { commandSchema } from '@shared/commands/envelope';
import { COLLECTION_SCHEMAS } from '@shared/schemas';
import type { CapacityDoc } from '@shared/schemas/capacity';
import type { OrderDoc } from '@shared/schemas/order';
import type { ProductDoc } from '@shared/schemas/product';
import type { ReceiptDoc } from '@shared/schemas/receipt';
import type { ReturnDoc } from '@shared/schemas/return';
import type { StaffDoc } from '@shared/schemas/staff';
import type { StockDoc } from '@shared/schemas/stock';
import type { StoreDoc } from '@shared/schemas/store';
import type { TaskDoc } from '@shared/schemas/task';
import type { PullCollection } from '@shared/sync/protocol';
import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxDatabase,
  type RxJsonSchema,
  type RxStorage,
} from 'rxdb';
import { RxDBCleanupPlugin } from 'rxdb/plugins/cleanup';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { dropStaleCollections } from './stale-collections';

addRxPlugin(RxDBLocalDocumentsPlugin);
addRxPlugin(RxDBMigrationSchemaPlugin);
addRxPlugin(RxDBCleanupPlugin);

/** What the service answered for a command (from the push response or the pulled receipt). */
export type LocalReceipt = { outcome: string; reason: string; seq: number };

/** Why the service refused a command for good (it never reached the reducer). */
export type LocalRefusal = { reason: string; detail: string; at: string };

/**
 * A command as the device keeps it: the envelope sent to the service, plus
 * device-only bookkeeping that is never sent (stripped before each push).
 */
export type LocalCommand = CommandEnvelope & {
  /** Recording order on this device (monotonic, unlike UUIDv7 which follows the device clock). */
  localSeq?: number;
  receipt?: LocalReceipt;
  refusal?: LocalRefusal;
};

/** The envelope of a local command: what goes on the wire. */
export function toEnvelope(command: LocalCommand & { _deleted?: boolean }): CommandEnvelope {
  const { localSeq: _s, receipt: _r, refusal: _f, _deleted: _d, ...envelope } = command;
  return envelope;
}

export const localCommandSchema = {
  ...commandSchema,
  version: 1,
  properties: {
    ...commandSchema.properties,
    localSeq: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    receipt: {
      type: 'object',
      additionalProperties: false,
      properties: {
        outcome: { type: 'string', maxLength: 40 },
        reason: { type: 'string', maxLength: 64 },
        seq: { type: 'integer', minimum: 0 },
      },
      required: ['outcome', 'reason', 'seq'],
    },
    refusal: {
      type: 'object',
      additionalProperties: false,
      properties: {
        reason: { type: 'string', maxLength: 64 },
        detail: { type: 'string', maxLength: 2000 },
        at: { type: 'string', maxLength: 40 },
      },
      required: ['reason', 'detail', 'at'],
    },
  },
} as const;

export type ReplicaCollections = {
  store: RxCollection<StoreDoc>;
  staff: RxCollection<StaffDoc>;
  orders: RxCollection<OrderDoc>;
  products: RxCollection<ProductDoc>;
  stock: RxCollection<StockDoc>;
  tasks: RxCollection<TaskDoc>;
  returns: RxCollection<ReturnDoc>;
  capacity: RxCollection<CapacityDoc>;
  receipts: RxCollection<ReceiptDoc>;
  commands: RxCollection<LocalCommand>;
};

export type ReplicaDatabase = RxDatabase<ReplicaCollections>;

/**
 * The device replica: one RxDB database per store, 10 collections (well under
 * the open-source limit of 13 per JS realm). Pulled collections are written by
 * replication only; the device itself writes nothing but commands.
 */
export async function createReplicaDatabase(options: {
  name: string;
  storage: RxStorage<unknown, unknown>;
}): Promise<ReplicaDatabase> {
  return (await openReplicaDatabase(options)).db;
}

/**
 * The replica, and the pulled collections found on disk under another schema and dropped (see
 * `dropStaleCollections`): they start again empty and are pulled from checkpoint zero.
 */
export async function openReplicaDatabase(options: {
  name: string;
  storage: RxStorage<unknown, unknown>;
}): Promise<{ db: ReplicaDatabase; dropped: PullCollection[] }> {
  const db = await createRxDatabase<ReplicaCollections>({
    name: options.name,
    storage: options.storage,
    multiInstance: false,
    eventReduce: true,
    localDocuments: true,
    closeDuplicates: true,
    // Pulled tombstones (closed orders the service let go, reassigned orders) are purged for good.
    cleanupPolicy: {
      minimumDeletedTime: 24 * 60 * 60 * 1000,
      runEach: 60 * 60 * 1000,
      awaitReplicationsInSync: true,
      waitForLeadership: false,
    },
  });
  const dropped = await dropStaleCollections(db);
  const pulled = Object.fromEntries(
    (Object.keys(COLLECTION_SCHEMAS) as PullCollection[]).map((name) => [
      name,
      {
        schema: COLLECTION_SCHEMAS[name] as unknown as RxJsonSchema<unknown>,
        // Never run: an older collection on disk is dropped above. RxDB wants one per version.
        migrationStrategies: keepAsIs(COLLECTION_SCHEMAS[name].version),
      },
    ]),
  );
  await db.addCollections({
    ...pulled,
    commands: {
      schema: localCommandSchema as unknown as RxJsonSchema<LocalCommand>,
      // v0 → v1: device-only bookkeeping added; older commands sort by id, before newer ones.
      migrationStrategies: { 1: (doc: LocalCommand) => doc },
    },
  });
  return { db, dropped };
}

/** Identity strategies for every earlier version (required by RxDB; pulled collections never migrate). */
function keepAsIs(version: number): Record<number, (doc: unknown) => unknown> {
  return Object.fromEntries(Array.from({ length: version }, (_, i) => [i + 1, (doc: unknown) => doc]));
}

/** A name a store's replica is kept under: one database per store and service. */
export function replicaName(storeId: string, serviceUrl: string): string {
  const host = serviceUrl
    .replace(/^https?:\/\//, '')
    .replace(/[^a-z0-9]+/gi, '_')
    .toLowerCase();
  return `associate_${storeId.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_${host}`.slice(0, 60);
}
