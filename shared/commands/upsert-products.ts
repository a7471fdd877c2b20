import equal from 'fast-deep-equal';
import type { FromSchema } from 'json-schema-to-ts';
import { normalizeGtin } from '../domain/barcode';
import { own } from '../domain/records';
import { productSchema } from '../schemas/product';
import { defineCommand } from './define';

const { seq: _seq, updatedAt: _updatedAt, barcode: _barcode, ...inputProperties } = productSchema.properties;

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    products: {
      type: 'array',
      minItems: 1,
      maxItems: 5_000,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: inputProperties,
        required: ['sku', 'barcodes', 'name', 'brand', 'size', 'colour', 'price', 'location'],
      },
    },
  },
  required: ['products'],
} as const;

/** The OMS's catalogue for the store. Barcodes are normalised; unchanged products are left alone. */
export const upsertProducts = defineCommand<FromSchema<typeof payload>>()({
  type: 'upsert_products',
  source: 'oms',
  payload,
  orderId: () => '',
  scope: (p) => ({ productSkus: p.products.map((product) => product.sku) }),
  primary: () => ({ collection: 'store', id: '' }),
  apply(tx, p) {
    for (const input of p.products) {
      const barcodes = [...new Set(input.barcodes.map(normalizeGtin))];
      const existing = own(tx.state.products, input.sku);
      const next = {
        ...input,
        barcode: barcodes[0] ?? '',
        barcodes,
        price: { ...input.price },
        location: { ...input.location },
        seq: existing?.seq ?? 0,
        updatedAt: existing?.updatedAt ?? tx.now,
      };
      if (existing && equal(existing, next)) continue;
      tx.state.products[input.sku] = { ...next, updatedAt: tx.now };
    }
  },
});
