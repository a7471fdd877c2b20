import type { FromSchema } from 'json-schema-to-ts';
import { ACKS, ISO_TIME, SEQ, SIGNED_QTY, SKU } from './fragments';

/**
 * Stock of one SKU in this store. Kept by the service only: devices never write
 * it, they record movements (picks, handovers, counts) as commands.
 * available = onHand − reserved − unsellable (damaged goods are on hand but not for sale).
 */
export const stockSchema = {
  title: 'stock level',
  version: 0,
  primaryKey: 'sku',
  type: 'object',
  additionalProperties: false,
  properties: {
    sku: { ...SKU },
    onHand: SIGNED_QTY,
    reserved: SIGNED_QTY,
    unsellable: SIGNED_QTY,
    available: SIGNED_QTY,
    acks: ACKS,
    seq: SEQ,
    updatedAt: ISO_TIME,
  },
  required: ['sku', 'onHand', 'reserved', 'unsellable', 'available', 'acks', 'seq', 'updatedAt'],
} as const;

export type StockDoc = FromSchema<typeof stockSchema>;
