import type { FromSchema } from 'json-schema-to-ts';
import type { CommandEnvelope } from '../commands/envelope';
import type { OutcomeStatus } from '../domain/codes';

/**
 * The wire contract between devices and the service (/v1). The RxDB replication
 * protocol underneath: pull per collection by a store-sequence checkpoint,
 * push of insert-only commands, a server-sent-events stream that pokes.
 */
export const API_VERSION = 'v1';

/** Collections a device pulls, in the order it pulls them at first sync (staff and orders first). */
export const PULL_COLLECTIONS = [
  'store',
  'staff',
  'orders',
  'tasks',
  'capacity',
  'receipts',
  'returns',
  'stock',
  'products',
] as const;
export type PullCollection = (typeof PULL_COLLECTIONS)[number];

export function isPullCollection(name: string): name is PullCollection {
  return (PULL_COLLECTIONS as readonly string[]).includes(name);
}

/**
 * A pull checkpoint, as a JSON schema (the OpenAPI document and the serializer use it: a field
 * added here reaches the devices, one added only to a type would be stripped).
 */
export const CHECKPOINT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    seq: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    /**
     * Set when the device started this collection empty: tombstones numbered up to it were deleted
     * before the device could hold their document, so pulls leave them out (a fresh device does not
     * download every closed order ever tombstoned).
     */
    skipDeletedUpTo: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
  },
  required: ['seq'],
} as const;

export type Checkpoint = FromSchema<typeof CHECKPOINT_SCHEMA>;

/**
 * Collections a first sync pulls after the others: the day's work (orders, tasks…) is usable
 * before the catalogue, which is most of the documents, arrives.
 */
export const CATALOGUE_COLLECTIONS = ['stock', 'products'] as const satisfies readonly PullCollection[];

/** Which part of the store a store pull reads: everything (default), all but the catalogue, or the catalogue. */
export const PULL_PARTS = ['all', 'work', 'catalogue'] as const;
export type PullPart = (typeof PULL_PARTS)[number];

export const PULL_LIMIT_MAX = 10000;
export const PUSH_BATCH_MAX = 500;

/** GET /v1/pull/:collection?seq=&limit=[&fresh=true | &skipDeletedUpTo=] */
export type PullResponse<Doc> = {
  documents: (Doc & { _deleted: boolean })[];
  checkpoint: Checkpoint;
  /** Documents still to pull after this page (for the initial sync progress). */
  remaining: number;
  /**
   * The store sequence read before the page: a page shorter than the limit holds every
   * row of the collection up to it (devices use it to know their pulls have caught up with a receipt).
   */
  head?: number;
};

/**
 * GET /v1/pull?seq=&limit=&part= : one page of the whole store after a store sequence (every
 * collection, one checkpoint). Each row of a store has its own sequence number, so paging by it
 * never splits or skips a row.
 */
export type StorePullResponse = {
  /** The page's documents by collection, each list in store-sequence order. */
  collections: Partial<Record<PullCollection, (Record<string, unknown> & { _deleted: boolean })[]>>;
  /** How many documents the page holds, across collections (a page shorter than the limit is the last). */
  count: number;
  checkpoint: Checkpoint;
  /** Documents of this part still to pull after this page (for the initial sync progress). */
  remaining: number;
  /** The store sequence read before the page: a short page holds every row of the part up to it. */
  head: number;
};

/** POST /v1/push */
export type PushRequest = { commands: CommandEnvelope[] };

export type PushReceipt = {
  id: string;
  outcome: OutcomeStatus;
  reason: string;
  seq: number;
  /** The service had this command already (a retried push): nothing changed. */
  duplicate: boolean;
};

export type PushResponse = { receipts: PushReceipt[] };

/** Why the service refused one command of a push (HTTP 422): the rest of the push was not stored either. */
export type RefusedCommand = { index: number; commandId: string; reason: string; detail: string };

/** Every 4xx/5xx body. */
export type ErrorBody = {
  error: string;
  message: string;
  refused?: RefusedCommand[];
};

/** What a device keeps after enrollment: where its service is, and who it is there. */
export type DeviceCredentials = { serviceUrl: string; token: string; deviceId: string; storeId: string };

/** POST /v1/enroll */
export type EnrollRequest = { code: string; deviceName: string };
export type EnrollResponse = { token: string; deviceId: string; storeId: string };

/** SSE events on GET /v1/stream */
export type StreamHello = {
  storeId: string;
  seq: number;
  /** The service sends `event: heartbeat` this often: a stream silent for twice that is dead (reconnect). */
  heartbeatMs?: number;
};
export type StreamPoke = { seq: number; collections: PullCollection[] };

/** One stock movement of a SKU as a device shows it: what changed, why, who (GET /v1/stock/:sku/movements). */
export type MovementView = {
  id: string;
  at: string;
  onHand: number;
  reserved: number;
  unsellable: number;
  /** Movement reason code (return_restock, adjustment, count…). */
  reason: string;
  /** The command that moved it (pick, create_return, adjust_stock…) and who recorded it. */
  type: string;
  staffId: string;
  /** The adjustment's reason code, when the command gave one. */
  detail: string;
  orderId: string;
};
export type MovementsResponse = { movements: MovementView[] };
