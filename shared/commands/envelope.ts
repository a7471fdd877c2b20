import type { FromSchema } from 'json-schema-to-ts';
import { ISO_TIME } from '../schemas/fragments';

/**
 * What a device writes: one fact or intent, insert-only, with a client id
 * (UUIDv7). deviceTime is informational: the service orders by arrival and
 * stamps its own time; the device id is taken from the device's token.
 */
export const commandSchema = {
  title: 'command',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[0-9A-Za-z_.:-]+$' },
    type: { type: 'string', minLength: 1, maxLength: 40 },
    /** The order the command is about, '' if none (indexed for the device's optimistic view). */
    orderId: { type: 'string', maxLength: 64 },
    deviceId: { type: 'string', maxLength: 64 },
    staffId: { type: 'string', minLength: 1, maxLength: 64 },
    deviceTime: ISO_TIME,
    payload: { type: 'object' },
  },
  required: ['id', 'type', 'orderId', 'deviceId', 'staffId', 'deviceTime', 'payload'],
  indexes: ['orderId'],
} as const;

export type CommandEnvelope = Omit<FromSchema<typeof commandSchema>, 'payload'> & { payload: unknown };
