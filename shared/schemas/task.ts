import type { FromSchema } from 'json-schema-to-ts';
import { TASK_KINDS, TASK_STATUSES } from '../domain/codes';
import { ACKS, ISO_TIME, QTY, SEQ } from './fragments';

/**
 * A follow-up the service asks the store to do: put goods back, count a shelf,
 * or hand a case to customer service. Conflicts become tasks, never lost facts.
 * Ids are deterministic (put_away:<order>:<line>, cycle_count:<sku>, …) so the
 * same need always lands on the same task, whatever order commands arrive in.
 */
export const taskSchema = {
  title: 'task',
  /** 1: kind staff_review (additive: a version-0 document is valid as is). */
  version: 1,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: 200 },
    kind: { type: 'string', enum: TASK_KINDS, maxLength: 20 },
    status: { type: 'string', enum: TASK_STATUSES, maxLength: 8 },
    /** Reason code: why the task exists, explained to the associate in plain words. */
    reason: { type: 'string', maxLength: 64 },
    orderId: { type: 'string', maxLength: 64 },
    orderNumber: { type: 'string', maxLength: 32 },
    lineId: { type: 'string', maxLength: 64 },
    sku: { type: 'string', maxLength: 64 },
    /** Units still to handle (put away, count…); occurrences for customer-service cases. */
    qty: QTY,
    createdAt: ISO_TIME,
    doneAt: { type: 'string', maxLength: 40 },
    doneBy: { type: 'string', maxLength: 64 },
    acks: ACKS,
    seq: SEQ,
    updatedAt: ISO_TIME,
  },
  required: [
    'id',
    'kind',
    'status',
    'reason',
    'orderId',
    'orderNumber',
    'lineId',
    'sku',
    'qty',
    'createdAt',
    'doneAt',
    'doneBy',
    'acks',
    'seq',
    'updatedAt',
  ],
  indexes: [['status', 'kind']],
} as const;

export type TaskDoc = FromSchema<typeof taskSchema>;
