import type { FromSchema } from 'json-schema-to-ts';
import { OUTCOMES } from '../domain/codes';
import { ISO_TIME, SEQ } from './fragments';

/**
 * The service's answer to one command of this device: applied, rejected or
 * exception, and the store sequence at which it took effect. A command without
 * a receipt is still pending.
 */
export const receiptSchema = {
  title: 'receipt',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    /** The command id. */
    id: { type: 'string', maxLength: 64 },
    type: { type: 'string', maxLength: 40 },
    orderId: { type: 'string', maxLength: 64 },
    outcome: { type: 'string', enum: OUTCOMES },
    reason: { type: 'string', maxLength: 64 },
    seq: SEQ,
    at: ISO_TIME,
  },
  required: ['id', 'type', 'orderId', 'outcome', 'reason', 'seq', 'at'],
} as const;

export type ReceiptDoc = FromSchema<typeof receiptSchema>;
