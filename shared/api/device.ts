import { COMMANDS, DEVICE_COMMAND_TYPES } from '../commands';
import { commandSchema } from '../commands/envelope';
import { OUTCOMES } from '../domain/codes';
import { COLLECTION_SCHEMAS } from '../schemas';
import { SEQ } from '../schemas/fragments';
import { plainSchema } from '../schemas/plain';
import {
  CHECKPOINT_SCHEMA,
  PULL_COLLECTIONS,
  PULL_LIMIT_MAX,
  PUSH_BATCH_MAX,
  type PullCollection,
} from '../sync/protocol';
import { ref, unionByType } from './refs';

/**
 * The JSON schemas of the device API (/v1) as the OpenAPI document shows them: built from
 * the document and command schemas the replica and the reducer use, never written twice.
 * The names are the OpenAPI component names.
 */
const DOC_NAMES: Record<PullCollection, string> = {
  store: 'Store',
  staff: 'StaffMember',
  orders: 'Order',
  tasks: 'Task',
  capacity: 'CapacityDay',
  receipts: 'Receipt',
  returns: 'Return',
  stock: 'Stock',
  products: 'Product',
};

/** Each pulled collection's document schema (RxDB's own keywords removed). */
export const DOCUMENTS = Object.fromEntries(
  PULL_COLLECTIONS.map((c) => [DOC_NAMES[c], plainSchema(COLLECTION_SCHEMAS[c])]),
) as Record<string, object>;

/** A pulled document: the document, plus `_deleted` (a tombstone: the order left the store). */
function pulled(collection: PullCollection) {
  const doc = plainSchema(COLLECTION_SCHEMAS[collection]) as {
    properties: object;
    required: readonly string[];
  };
  return {
    ...doc,
    description: `A ${collection} document as devices replicate it`,
    properties: { ...doc.properties, _deleted: { type: 'boolean' } },
    required: [...doc.required, '_deleted'],
  };
}

export const PULLED_DOCUMENTS = Object.fromEntries(
  PULL_COLLECTIONS.map((c) => [`Pulled${DOC_NAMES[c]}`, pulled(c)]),
) as Record<string, object>;

export const PULL_PAGE = {
  type: 'object',
  additionalProperties: false,
  description: 'One page of a collection after the checkpoint, in store-sequence order',
  properties: {
    documents: {
      type: 'array',
      maxItems: PULL_LIMIT_MAX,
      items: { anyOf: PULL_COLLECTIONS.map((c) => ref(`Pulled${DOC_NAMES[c]}`)) },
    },
    checkpoint: CHECKPOINT_SCHEMA,
    remaining: { type: 'integer', minimum: 0, description: 'Documents still to pull after this page' },
    head: { ...SEQ, description: 'The store sequence read before the page' },
  },
  required: ['documents', 'checkpoint', 'remaining'],
} as const;

export const STORE_PULL_PAGE = {
  type: 'object',
  additionalProperties: false,
  description: 'One page of the whole store after the checkpoint, every collection, grouped by collection',
  properties: {
    collections: {
      type: 'object',
      additionalProperties: false,
      description: "The page's documents by collection, each list in store-sequence order",
      properties: Object.fromEntries(
        PULL_COLLECTIONS.map((c) => [
          c,
          { type: 'array', maxItems: PULL_LIMIT_MAX, items: ref(`Pulled${DOC_NAMES[c]}`) },
        ]),
      ),
    },
    count: {
      type: 'integer',
      minimum: 0,
      maximum: PULL_LIMIT_MAX,
      description: 'Documents in the page across collections (shorter than the limit: caught up)',
    },
    checkpoint: CHECKPOINT_SCHEMA,
    remaining: {
      type: 'integer',
      minimum: 0,
      description: 'Documents of the part still to pull after this page',
    },
    head: { ...SEQ, description: 'The store sequence read before the page' },
  },
  required: ['collections', 'count', 'checkpoint', 'remaining', 'head'],
} as const;

/** One pushed command: the envelope, its payload by `type` (device commands only). */
export function commandVariant(type: string) {
  const { payload: _payload, type: _type, ...envelope } = commandSchema.properties;
  const definition = COMMANDS[type as keyof typeof COMMANDS];
  return {
    ...plainSchema(commandSchema),
    title: type,
    properties: {
      ...envelope,
      id: { ...envelope.id, description: 'A UUID the device draws (UUIDv7): the idempotency key' },
      type: { type: 'string', const: type },
      payload: definition.payload,
    },
  };
}

export const COMMAND_VARIANTS = Object.fromEntries(
  DEVICE_COMMAND_TYPES.map((t) => [`Command_${t}`, commandVariant(t)]),
) as Record<string, object>;

export const COMMAND = unionByType(
  'A command a device recorded, by `type` (each payload is its command’s schema)',
  DEVICE_COMMAND_TYPES,
  'Command_',
);

export const PUSH_REQUEST = {
  type: 'object',
  additionalProperties: false,
  properties: { commands: { type: 'array', maxItems: PUSH_BATCH_MAX, items: ref('Command') } },
  required: ['commands'],
} as const;

export const PUSH_RECEIPT = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: 64 },
    outcome: { type: 'string', enum: OUTCOMES },
    reason: { type: 'string', maxLength: 64 },
    seq: SEQ,
    duplicate: { type: 'boolean', description: 'The service had this command already: nothing changed' },
  },
  required: ['id', 'outcome', 'reason', 'seq', 'duplicate'],
} as const;

export const PUSH_RESPONSE = {
  type: 'object',
  additionalProperties: false,
  properties: { receipts: { type: 'array', items: ref('PushReceipt') } },
  required: ['receipts'],
} as const;

export const ENROLL_RESPONSE = {
  type: 'object',
  additionalProperties: false,
  properties: {
    token: { type: 'string', description: 'The device token (shown once)' },
    deviceId: { type: 'string' },
    storeId: { type: 'string' },
  },
  required: ['token', 'deviceId', 'storeId'],
} as const;

export const ME = {
  type: 'object',
  additionalProperties: false,
  properties: {
    deviceId: { type: 'string' },
    storeId: { type: 'string' },
    store: { anyOf: [ref('Store'), { type: 'null' }] },
  },
  required: ['deviceId', 'storeId', 'store'],
} as const;

export const MOVEMENTS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    movements: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          at: { type: 'string', format: 'date-time' },
          onHand: { type: 'integer' },
          reserved: { type: 'integer' },
          unsellable: { type: 'integer' },
          reason: {
            type: 'string',
            description: 'Movement reason code (return_restock, adjustment, count…)',
          },
          type: { type: 'string', description: 'The command that moved it' },
          staffId: { type: 'string' },
          detail: { type: 'string', description: 'The adjustment’s reason code, when it gave one' },
          orderId: { type: 'string' },
        },
        required: [
          'id',
          'at',
          'onHand',
          'reserved',
          'unsellable',
          'reason',
          'type',
          'staffId',
          'detail',
          'orderId',
        ],
      },
    },
  },
  required: ['movements'],
} as const;

/** The events of GET /v1/stream (text/event-stream): `event: <name>` then `data: <JSON>`. */
export const STREAM_EVENTS = {
  hello: {
    type: 'object',
    additionalProperties: false,
    description: 'On connect: pull every collection (whatever happened while away)',
    properties: {
      storeId: { type: 'string' },
      seq: SEQ,
      heartbeatMs: {
        type: 'integer',
        minimum: 1,
        description: 'A heartbeat comes this often: a stream silent for twice that is dead (reconnect)',
      },
    },
    required: ['storeId', 'seq'],
  },
  heartbeat: {
    type: 'object',
    additionalProperties: false,
    description: 'Every heartbeatMs: the stream is alive',
    properties: {},
  },
  poke: {
    type: 'object',
    additionalProperties: false,
    description: 'After commits: pull these collections',
    properties: {
      seq: SEQ,
      collections: { type: 'array', items: { type: 'string', enum: [...PULL_COLLECTIONS] } },
    },
    required: ['seq', 'collections'],
  },
  revoked: {
    type: 'object',
    additionalProperties: false,
    description: 'The device was revoked: the stream ends and its token no longer works',
    properties: { deviceId: { type: 'string' } },
    required: ['deviceId'],
  },
} as const;

/** One server-sent event, as a JSON object: its name and its parsed data. */
export const STREAM_EVENT = {
  description:
    'One server-sent event: on the wire `event: <event>` and `data: <data as JSON>`, separated by a blank line; ' +
    'comment lines (`: keep-alive`) are heartbeats.',
  oneOf: Object.entries(STREAM_EVENTS).map(([event, data]) => ({
    type: 'object',
    additionalProperties: false,
    properties: { event: { type: 'string', const: event }, data },
    required: ['event', 'data'],
  })),
  discriminator: { propertyName: 'event' },
};
