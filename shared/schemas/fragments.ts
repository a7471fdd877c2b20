/**
 * Reusable JSON-schema fragments. Every document schema is written once, as a
 * literal, and serves three readers: RxDB (the device replica), the service's
 * validation (ajv) and TypeScript (types derived with json-schema-to-ts).
 */

export const ISO_TIME = { type: 'string', maxLength: 40 } as const;
export const SHORT_TEXT = { type: 'string', maxLength: 200 } as const;
export const ID = { type: 'string', minLength: 1, maxLength: 64 } as const;
export const SKU = { type: 'string', minLength: 1, maxLength: 64 } as const;
export const QTY = { type: 'integer', minimum: 0, maximum: 1_000_000 } as const;
export const POSITIVE_QTY = { type: 'integer', minimum: 1, maximum: 100_000 } as const;
export const SIGNED_QTY = { type: 'integer', minimum: -1_000_000, maximum: 1_000_000 } as const;
/** Store sequence number of the last write to a projection document (kept by the service). */
export const SEQ = { type: 'integer', minimum: 0, maximum: 9_007_199_254_740_991 } as const;
/** Command ids whose effect this document already contains (a bounded window, newest last). */
export const ACKS = { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 64 } } as const;
export const ACKS_WINDOW = 50;
/** Entries of an order's history kept on the order (older ones stay in the service's commands table). */
export const COMMAND_LOG_WINDOW = 200;
/** People named as pickers of one order (the schema's bound). */
export const PICKERS_MAX = 50;
/** Handovers kept on one order (the newest; all stay in the commands table). */
export const HANDOVERS_MAX = 50;

export const MONEY = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** Minor units (cents): money is never a float. */
    amount: { type: 'integer', minimum: -100_000_000, maximum: 100_000_000 },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
  },
  required: ['amount', 'currency'],
} as const;
