import type { FromSchema } from 'json-schema-to-ts';
import { ADJUST_REASONS } from '../domain/codes';
import { SKU } from '../schemas/fragments';
import { defineCommand } from './define';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    sku: SKU,
    delta: { type: 'integer', minimum: -100_000, maximum: 100_000, not: { const: 0 } },
    reason: { type: 'string', enum: ADJUST_REASONS },
    /** The manager who approved with their PIN on the device, when the author's role does not cover it. */
    approvedBy: { type: 'string', minLength: 1, maxLength: 64 },
  },
  required: ['sku', 'delta', 'reason'],
} as const;

/** Units found, lost or received outside any order. */
export const adjustStock = defineCommand<FromSchema<typeof payload>>()({
  type: 'adjust_stock',
  source: 'device',
  payload,
  orderId: () => '',
  scope: (p) => ({ skus: [p.sku], staffIds: p.approvedBy ? [p.approvedBy] : [] }),
  primary: (p) => ({ collection: 'stock', id: p.sku }),
  apply(tx, p) {
    tx.moveStock(p.sku, { onHand: p.delta }, 'adjustment');
    tx.emit(
      'stock_adjusted',
      { delta: p.delta, reason: p.reason, ...(p.approvedBy ? { approvedBy: p.approvedBy } : {}) },
      { sku: p.sku },
    );
  },
});
