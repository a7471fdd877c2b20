import type { FromSchema } from 'json-schema-to-ts';
import { CARRIERS } from '../domain/codes';
import { ACKS, ISO_TIME, SEQ, SHORT_TEXT } from './fragments';

const PAUSE = {
  type: 'object',
  additionalProperties: false,
  properties: {
    paused: { type: 'boolean' },
    reason: { type: 'string', maxLength: 200 },
    at: ISO_TIME,
    staffId: { type: 'string', maxLength: 64 },
    /** When the pause ends by itself ('' or absent: until the manager resumes). */
    until: { type: 'string', maxLength: 40 },
  },
  required: ['paused', 'reason', 'at', 'staffId'],
} as const;

/** 'HH:MM' on the store's local clock. */
export const CLOCK_TIME = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', maxLength: 5 } as const;

/** One day of the week: open from `open` to `close` (store-local), or closed all day. */
const OPENING_DAY = {
  type: 'object',
  additionalProperties: false,
  properties: { closed: { type: 'boolean' }, open: CLOCK_TIME, close: CLOCK_TIME },
  required: ['closed', 'open', 'close'],
} as const;

/** Monday first, seven days. */
export const OPENING_HOURS = { type: 'array', minItems: 7, maxItems: 7, items: OPENING_DAY } as const;

/** The store this device belongs to: its identity, locale and fulfilment switches. */
export const storeSchema = {
  title: 'store',
  /** 1: settings.lockAfterMinutes and unlinkedRefundLimit (optional: a version-0 document is valid as is). */
  /** 2: pause end time (`until`) and opening hours (optional: older documents are valid as they are). */
  /** 3: staging locations, pickup expiry hours, handover scan (additive, optional). */
  /** 4: partialFulfilment, scanIntoParcel, boxTypes, carriers (additive, optional). */
  /** 5: adjustUnitsLimit (additive, optional). */
  /** 6: keepClosedDays (additive, optional). */
  version: 6,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: 64 },
    name: SHORT_TEXT,
    /** IANA zone, e.g. Europe/Paris: a store's day (capacity, pickup-by) is its local day. */
    timezone: { type: 'string', maxLength: 64 },
    /** BCP 47 locale, e.g. fr-FR. */
    locale: { type: 'string', maxLength: 35 },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    settings: {
      type: 'object',
      additionalProperties: false,
      properties: {
        /** Picks must come from a barcode scan, not a typed quantity. */
        requireScan: { type: 'boolean' },
        /** Days a Click & Collect order waits at the counter before it expires. */
        pickupHoldDays: { type: 'integer', minimum: 1, maximum: 60 },
        /**
         * Largest refund (minor units) an associate may give for a return not linked to an order
         * of this store; above it a manager must. Absent: UNLINKED_REFUND_LIMIT_DEFAULT.
         */
        unlinkedRefundLimit: { type: 'integer', minimum: 0, maximum: 100_000_000 },
        /** Units an associate may adjust at once; above it a manager does it or approves it. Absent: 10. */
        adjustUnitsLimit: { type: 'integer', minimum: 0, maximum: 1_000_000 },
        /** A shared device locks after this many idle minutes (the app's default when absent: 5). */
        lockAfterMinutes: { type: 'integer', minimum: 1, maximum: 240 },
        /** v1 (optional): the pickup shelves and bins to choose from when staging an order. */
        stagingLocations: {
          type: 'array',
          maxItems: 200,
          items: { type: 'string', minLength: 1, maxLength: 40 },
        },
        /** v1 (optional): hours after pickup-by before the service cancels an uncollected order (0 = never). */
        pickupExpiryHours: { type: 'integer', minimum: 0, maximum: 720 },
        /** v1 (optional): each item is scanned as it is handed over at the counter. */
        handoverScan: { type: 'boolean' },
        /**
         * v6 (optional): days a closed order or a done task stays on the store's devices after its last
         * change (the service keeps it). Absent: the service's CLOSED_KEEP_DAYS (30).
         */
        keepClosedDays: { type: 'integer', minimum: 1, maximum: 3650 },
        /**
         * An order may leave with some lines rejected. When false, rejecting a line offers to
         * reject the whole order. Optional (older store documents): read through storeSettings().
         */
        partialFulfilment: { type: 'boolean' },
        /** Every unit must be scanned into its parcel before an order can be packed. */
        scanIntoParcel: { type: 'boolean' },
        /** The boxes the store packs in (names shown to the associate). */
        boxTypes: {
          type: 'array',
          minItems: 1,
          maxItems: 20,
          items: { type: 'string', minLength: 1, maxLength: 40 },
        },
        /** The carriers that collect from this store. */
        carriers: { type: 'array', minItems: 1, maxItems: 10, items: { type: 'string', enum: CARRIERS } },
      },
      required: ['requireScan', 'pickupHoldDays'],
    },
    fulfilment: {
      type: 'object',
      additionalProperties: false,
      properties: { ship_from_store: PAUSE, click_and_collect: PAUSE },
      required: ['ship_from_store', 'click_and_collect'],
    },
    /** Set by the manager (set_opening_hours); absent until then. */
    openingHours: OPENING_HOURS,
    acks: ACKS,
    seq: SEQ,
    updatedAt: ISO_TIME,
  },
  required: [
    'id',
    'name',
    'timezone',
    'locale',
    'currency',
    'settings',
    'fulfilment',
    'acks',
    'seq',
    'updatedAt',
  ],
} as const;

export type StoreDoc = FromSchema<typeof storeSchema>;

/** 100.00 in the store's currency. */
export const UNLINKED_REFUND_LIMIT_DEFAULT = 10_000;

export function unlinkedRefundLimit(store: StoreDoc): number {
  return store.settings.unlinkedRefundLimit ?? UNLINKED_REFUND_LIMIT_DEFAULT;
}
export type PauseState = FromSchema<typeof PAUSE>;
export type OpeningDay = FromSchema<typeof OPENING_DAY>;
