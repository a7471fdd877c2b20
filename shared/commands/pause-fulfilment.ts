import type { FromSchema } from 'json-schema-to-ts';
import { ORDER_KINDS } from '../domain/codes';
import { defineCommand } from './define';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ORDER_KINDS },
    paused: { type: 'boolean' },
    reason: { type: 'string', maxLength: 200 },
  },
  required: ['kind', 'paused', 'reason'],
} as const;

/** The manager stops (or resumes) taking new orders of one kind, e.g. when short-staffed. */
export const pauseFulfilment = defineCommand<FromSchema<typeof payload>>()({
  type: 'pause_fulfilment',
  source: 'device',
  payload,
  orderId: () => '',
  scope: () => ({}),
  primary: () => ({ collection: 'store', id: '' }),
  apply(tx, p) {
    const store = tx.state.store;
    store.fulfilment[p.kind] = {
      paused: p.paused,
      reason: p.reason,
      at: tx.now,
      staffId: tx.command.staffId,
    };
    tx.ack(store);
    tx.emit(p.paused ? 'fulfilment_paused' : 'fulfilment_resumed', { kind: p.kind, reason: p.reason });
  },
});
