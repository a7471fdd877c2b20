import type { FromSchema } from 'json-schema-to-ts';
import { taskId } from '../domain/task-ids';
import { QTY, SKU } from '../schemas/fragments';
import { defineCommand } from './define';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: { sku: SKU, counted: QTY },
  required: ['sku', 'counted'],
} as const;

/** A shelf count: on hand becomes what was counted, and any count task for the SKU is done. */
export const countStock = defineCommand<FromSchema<typeof payload>>()({
  type: 'count_stock',
  source: 'device',
  payload,
  orderId: () => '',
  scope: (p) => ({ skus: [p.sku], taskIds: [taskId.cycleCount(p.sku)] }),
  primary: (p) => ({ collection: 'stock', id: p.sku }),
  apply(tx, p) {
    const level = tx.stock(p.sku);
    const delta = p.counted - level.onHand;
    const unsellable = Math.min(level.unsellable, p.counted) - level.unsellable;
    tx.moveStock(p.sku, { onHand: delta, unsellable }, 'count');
    tx.ack(level);
    tx.closeTask(taskId.cycleCount(p.sku));
    tx.emit('stock_counted', { counted: p.counted, delta }, { sku: p.sku });
  },
});
