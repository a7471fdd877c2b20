import type { FromSchema } from 'json-schema-to-ts';
import { own } from '../domain/records';
import { orderIdOfTask, skuOfTask } from '../domain/task-ids';
import { defineCommand } from './define';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: { taskId: { type: 'string', minLength: 1, maxLength: 200 } },
  required: ['taskId'],
} as const;

/** An associate did a task: goods put back, shelf checked, case handed to customer service. */
export const completeTask = defineCommand<FromSchema<typeof payload>>()({
  type: 'complete_task',
  source: 'device',
  payload,
  orderId: (p) => orderIdOfTask(p.taskId) ?? '',
  scope: (p) => {
    const orderId = orderIdOfTask(p.taskId);
    const sku = skuOfTask(p.taskId);
    return { taskIds: [p.taskId], orderIds: orderId ? [orderId] : [], skus: sku ? [sku] : [] };
  },
  primary: (p) => ({ collection: 'tasks', id: p.taskId }),
  apply(tx, p) {
    const task = own(tx.state.tasks, p.taskId) ?? tx.reject('unknown_task');
    if (task.status === 'done') {
      tx.note('already_done');
      return;
    }
    const goodsBack = task.kind === 'put_away' || task.kind === 'expired_pickup';
    const order = goodsBack ? tx.order(task.orderId) : undefined;
    const line = order?.lines.find((l) => l.id === task.lineId);
    if (line) {
      // The put-away need is derived from the order, so settling closes the task.
      line.putAway += task.qty;
    } else {
      tx.closeTask(task.id);
    }
    tx.emit('task_completed', { taskId: task.id, kind: task.kind, qty: task.qty }, { orderId: task.orderId });
  },
});
