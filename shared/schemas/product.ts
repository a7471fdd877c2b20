import type { FromSchema } from 'json-schema-to-ts';
import { ISO_TIME, MONEY, SEQ, SHORT_TEXT, SKU } from './fragments';

/** A sellable item of the store's catalogue, as the OMS sends it. */
export const productSchema = {
  title: 'product',
  version: 0,
  primaryKey: 'sku',
  type: 'object',
  additionalProperties: false,
  properties: {
    sku: { ...SKU },
    /** Main GTIN (EAN-13/UPC-A normalised to 13 digits, or GTIN-14); indexed for scan look-ups. */
    barcode: { type: 'string', maxLength: 14 },
    /** Every barcode printed on the item (main one included). */
    barcodes: { type: 'array', minItems: 1, maxItems: 10, items: { type: 'string', maxLength: 14 } },
    name: SHORT_TEXT,
    brand: { type: 'string', maxLength: 100 },
    size: { type: 'string', maxLength: 40 },
    colour: { type: 'string', maxLength: 60 },
    price: MONEY,
    location: {
      type: 'object',
      additionalProperties: false,
      properties: {
        aisle: { type: 'string', maxLength: 20 },
        bay: { type: 'string', maxLength: 20 },
        shelf: { type: 'string', maxLength: 20 },
      },
      required: ['aisle', 'bay', 'shelf'],
    },
    seq: SEQ,
    updatedAt: ISO_TIME,
  },
  required: [
    'sku',
    'barcode',
    'barcodes',
    'name',
    'brand',
    'size',
    'colour',
    'price',
    'location',
    'seq',
    'updatedAt',
  ],
  indexes: ['barcode'],
} as const;

export type ProductDoc = FromSchema<typeof productSchema>;
