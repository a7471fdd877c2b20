import type { FromSchema } from 'json-schema-to-ts';
import { DISPOSITIONS, ITEM_CONDITIONS, REFUND_METHODS, RETURN_REASONS } from '../domain/codes';
import { ID, ISO_TIME, MONEY, POSITIVE_QTY, SEQ, SKU } from './fragments';

export const returnLine = {
  type: 'object',
  additionalProperties: false,
  properties: {
    sku: SKU,
    /** The order line it came from, when the return is linked to an order of this store ('' if not). */
    lineId: { type: 'string', maxLength: 64 },
    qty: POSITIVE_QTY,
    reason: { type: 'string', enum: RETURN_REASONS },
    condition: { type: 'string', enum: ITEM_CONDITIONS },
    disposition: { type: 'string', enum: DISPOSITIONS },
  },
  required: ['sku', 'lineId', 'qty', 'reason', 'condition', 'disposition'],
} as const;

export const refund = {
  type: 'object',
  additionalProperties: false,
  properties: {
    amount: MONEY.properties.amount,
    currency: MONEY.properties.currency,
    method: { type: 'string', enum: REFUND_METHODS },
  },
  required: ['amount', 'currency', 'method'],
} as const;

/** A return taken at the counter; the refund itself is handed to the OMS. */
export const returnSchema = {
  title: 'return',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: 64 },
    /** Linked order of this store ('' when the goods were bought elsewhere). */
    orderId: { type: 'string', maxLength: 64 },
    orderNumber: { type: 'string', maxLength: 32 },
    lines: { type: 'array', minItems: 1, maxItems: 100, items: returnLine },
    refund,
    staffId: { type: 'string', maxLength: 64 },
    deviceId: { type: 'string', maxLength: 64 },
    /** Command that recorded it (its acknowledgement on the device). */
    commandId: ID,
    createdAt: ISO_TIME,
    seq: SEQ,
    updatedAt: ISO_TIME,
  },
  required: [
    'id',
    'orderId',
    'orderNumber',
    'lines',
    'refund',
    'staffId',
    'deviceId',
    'commandId',
    'createdAt',
    'seq',
    'updatedAt',
  ],
  indexes: ['orderId'],
} as const;

export type ReturnDoc = FromSchema<typeof returnSchema>;
export type ReturnLine = FromSchema<typeof returnLine>;
export type Refund = FromSchema<typeof refund>;
