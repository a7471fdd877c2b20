import type { FromSchema } from 'json-schema-to-ts';
import { QTY, SKU } from '../schemas/fragments';
import { defineCommand } from './define';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    items: {
      type: 'array',
      minItems: 1,
      maxItems: 10_000,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { sku: SKU, onHand: QTY },
        required: ['sku', 'onHand'],
      },
    },
  },
  required: ['items'],
} as const;

/** The OMS's count of on-hand stock: each SKU moves to the given figure. */
export const stockSnapshot = defineCommand<FromSchema<typeof payload>>()({
  type: 'stock_snapshot',
  source: 'oms',
  payload,
  orderId: () => '',
  scope: (p) => ({ skus: p.items.map((i) => i.sku) }),
  primary: () => ({ collection: 'store', id: '' }),
  apply(tx, p) {
    for (const item of p.items) {
      const level = tx.stock(item.sku);
      tx.moveStock(item.sku, { onHand: item.onHand - level.onHand }, 'snapshot');
    }
  },
});
