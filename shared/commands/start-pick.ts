import type { FromSchema } from 'json-schema-to-ts';
import { defineCommand } from './define';
import { addPicker, byOrder, ORDER_REF, requireOpenOrder } from './order-refs';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: { ...ORDER_REF },
  required: ['orderId'],
} as const;

/** An associate takes the order (several may pick the same order). */
export const startPick = defineCommand<FromSchema<typeof payload>>()({
  type: 'start_pick',
  source: 'device',
  payload,
  ...byOrder,
  apply(tx, p) {
    const order = requireOpenOrder(tx, p.orderId);
    const first = !order.pickStartedAt;
    addPicker(tx, order);
    if (first) tx.emit('pick_started', { staffId: tx.command.staffId }, { orderId: order.id });
  },
});
