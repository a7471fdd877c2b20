import type { FromSchema } from 'json-schema-to-ts';
import { ORDER_KINDS } from '../domain/codes';
import { ACKS, ISO_TIME, QTY, SEQ } from './fragments';

/** How many orders of one kind the store takes on one (store-local) day. */
export const capacitySchema = {
  title: 'capacity',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    /** `${date}:${kind}` */
    id: { type: 'string', maxLength: 64 },
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 },
    kind: { type: 'string', enum: ORDER_KINDS },
    /** null = no limit set. 0 = take nothing that day. */
    limit: { type: ['integer', 'null'], minimum: 0, maximum: 100_000 },
    /** Orders the OMS assigned to the store for that day. */
    assigned: QTY,
    acks: ACKS,
    seq: SEQ,
    updatedAt: ISO_TIME,
  },
  required: ['id', 'date', 'kind', 'limit', 'assigned', 'acks', 'seq', 'updatedAt'],
  indexes: ['date'],
} as const;

export type CapacityDoc = FromSchema<typeof capacitySchema>;

export function capacityId(date: string, kind: string): string {
  return `${date}:${kind}`;
}
