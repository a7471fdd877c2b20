import type { FromSchema } from 'json-schema-to-ts';
import { ACKS, ISO_TIME, SEQ } from './fragments';

/** PBKDF2-SHA256 verifier of a staff PIN (see shared/staff/pin.ts); never the PIN itself. */
export const PIN_VERIFIER = {
  type: 'object',
  additionalProperties: false,
  properties: {
    salt: { type: 'string', maxLength: 64 },
    iterations: { type: 'integer', minimum: 1, maximum: 10_000_000 },
    hash: { type: 'string', maxLength: 128 },
  },
  required: ['salt', 'iterations', 'hash'],
} as const;

/**
 * A member of the store's staff, as the OMS declares them. Devices pull the
 * store's staff so that sign-in works offline; the role decides which actions
 * the app offers and which commands the reducer accepts (shared/staff/permissions.ts).
 */
export const staffSchema = {
  title: 'staff',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: 64 },
    storeId: { type: 'string', maxLength: 64 },
    displayName: { type: 'string', maxLength: 100 },
    /** associate | counter | manager (an unknown role may do nothing). */
    role: { type: 'string', maxLength: 32 },
    /** Someone who left keeps their history but can neither sign in nor act. */
    active: { type: 'boolean' },
    /** What their badge's barcode reads ('' when they have none). */
    badge: { type: 'string', maxLength: 64 },
    pin: PIN_VERIFIER,
    acks: ACKS,
    seq: SEQ,
    updatedAt: ISO_TIME,
  },
  required: ['id', 'storeId', 'displayName', 'role', 'active', 'badge', 'pin', 'acks', 'seq', 'updatedAt'],
} as const;

export type StaffDoc = FromSchema<typeof staffSchema>;
