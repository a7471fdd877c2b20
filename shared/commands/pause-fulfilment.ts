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
    /** Optional end of the pause (ISO instant); after it the store takes orders again by itself. */
    until: { type: 'string', format: 'date-time', maxLength: 40 },
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
    const until = p.paused && p.until ? new Date(p.until).toISOString() : '';
    if (until && until <= tx.now) tx.reject('pause_end_in_past');
    const store = tx.state.store;
    store.fulfilment[p.kind] = {
      paused: p.paused,
      reason: p.reason,
      at: tx.now,
      staffId: tx.command.staffId,
      ...(until ? { until } : {}),
    };
    tx.ack(store);
    tx.emit(p.paused ? 'fulfilment_paused' : 'fulfilment_resumed', {
      kind: p.kind,
      reason: p.reason,
      ...(until ? { until } : {}),
    });
  },
});
