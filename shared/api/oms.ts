import { ORDER_KINDS, ORDER_STATUSES, OUTCOMES } from '../domain/codes';
import { EVENT_TYPES, feedEventSchema } from '../domain/events';
import { DAY_FIGURES } from '../manager/day-schema';
import { SEQ } from '../schemas/fragments';
import { staffSchema } from '../schemas/staff';
import { OPENING_HOURS, storeSchema } from '../schemas/store';
import { ref, unionByType } from './refs';

/**
 * The JSON schemas of the OMS and administration APIs' answers, as the OpenAPI document
 * shows them (component names as keys), built from the shared document and event schemas.
 */

/** An order call's answer: the same for a first call and a retried one. */
export const ORDER_ANSWER = {
  type: 'object',
  additionalProperties: false,
  properties: {
    outcome: { type: 'string', enum: OUTCOMES },
    reason: { type: 'string', description: "Why ('' when applied as asked), e.g. over_capacity" },
    seq: SEQ,
    duplicate: {
      type: 'boolean',
      description: 'A retried call (or an order already there): nothing changed',
    },
    orderId: { type: 'string' },
    status: { type: 'string', enum: ['', ...ORDER_STATUSES], description: "The order's status now" },
  },
  required: ['outcome', 'reason', 'seq', 'duplicate', 'orderId', 'status'],
} as const;

/** A bulk call's answer (products, stock, staff). */
export const RECEIVED = {
  type: 'object',
  additionalProperties: false,
  properties: {
    received: { type: 'integer', minimum: 0 },
    seq: SEQ,
    duplicate: { type: 'boolean', description: 'A retried call: nothing changed' },
  },
  required: ['received', 'seq', 'duplicate'],
} as const;

/** A member of staff as the OMS reads them back: never the PIN nor its verifier. */
const { pin: _pin, acks: _acks, ...staffProperties } = staffSchema.properties;
export const STAFF_VIEW = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...staffProperties,
    hasPin: { type: 'boolean', description: 'A PIN is set (the service keeps only a salted hash)' },
  },
  required: [...staffSchema.required.filter((k) => k !== 'pin' && k !== 'acks'), 'hasPin'],
} as const;

export const STAFF_LIST = {
  type: 'object',
  additionalProperties: false,
  properties: { staff: { type: 'array', items: ref('StaffView') } },
  required: ['staff'],
} as const;

const PAUSED_NOW = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(ORDER_KINDS.map((k) => [k, { type: 'boolean' }])),
  required: [...ORDER_KINDS],
};

export const CAPACITY_VIEW = {
  type: 'object',
  additionalProperties: false,
  properties: {
    storeId: { type: 'string' },
    timezone: { type: 'string' },
    paused: storeSchema.properties.fulfilment,
    pausedNow: PAUSED_NOW,
    openingHours: { anyOf: [OPENING_HOURS, { type: 'null' }] },
    days: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          date: { type: 'string' },
          kind: { type: 'string', enum: ORDER_KINDS },
          limit: { type: ['integer', 'null'], description: 'null: no limit' },
          assigned: { type: 'integer', minimum: 0 },
          remaining: { type: ['integer', 'null'], description: 'null: no limit' },
        },
        required: ['date', 'kind', 'limit', 'assigned', 'remaining'],
      },
    },
  },
  required: ['storeId', 'timezone', 'paused', 'pausedNow', 'openingHours', 'days'],
};

/** The store's day: its figures (shared/manager/day.ts), for this store and time zone. */
export const DAY = {
  ...DAY_FIGURES,
  properties: { storeId: { type: 'string' }, timezone: { type: 'string' }, ...DAY_FIGURES.properties },
  required: ['storeId', 'timezone', ...DAY_FIGURES.required],
};

/** Each OMS feed event by type, and the union the feed documents. */
export const FEED_EVENTS = Object.fromEntries(EVENT_TYPES.map((t) => [`Event_${t}`, feedEventSchema(t)]));

export const FEED_EVENT = unionByType(
  'What a store did, by `type`; `data` depends on the type',
  EVENT_TYPES,
  'Event_',
);

export const EVENTS_PAGE = {
  type: 'object',
  additionalProperties: false,
  properties: {
    events: { type: 'array', items: ref('FeedEvent') },
    next: {
      type: 'string',
      pattern: '^[0-9]{1,20}[.][0-9]{1,19}$',
      description: 'Send it back as `after` for the next page (the same cursor when nothing is new)',
    },
  },
  required: ['events', 'next'],
} as const;

export const DEVICES = {
  type: 'object',
  additionalProperties: false,
  properties: {
    devices: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          enrolledAt: { type: 'string', format: 'date-time' },
          revokedAt: { type: ['string', 'null'], format: 'date-time' },
        },
        required: ['id', 'name', 'enrolledAt', 'revokedAt'],
      },
    },
  },
  required: ['devices'],
} as const;

export const ENROLLMENT_CODE = {
  type: 'object',
  additionalProperties: false,
  properties: {
    storeId: { type: 'string' },
    code: { type: 'string', description: 'Type it on the device (shown once)' },
    expiresAt: { type: 'string', format: 'date-time' },
  },
  required: ['storeId', 'code', 'expiresAt'],
} as const;

export const REVOKED = {
  type: 'object',
  additionalProperties: false,
  properties: { revoked: { type: 'string', description: 'The device id' } },
  required: ['revoked'],
} as const;
