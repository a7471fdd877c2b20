import type { FromSchema } from 'json-schema-to-ts';
import { ORDER_KINDS } from '../domain/codes';
import { own } from '../domain/records';
import { storeLocalDate } from '../domain/time';
import { capacityId } from '../schemas/capacity';
import { defineCommand } from './define';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    date: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
    kind: { type: 'string', enum: ORDER_KINDS },
    limit: { type: ['integer', 'null'], minimum: 0, maximum: 100_000 },
  },
  required: ['date', 'kind', 'limit'],
} as const;

/** The manager caps how many orders of one kind the store takes on a day (null lifts the cap). */
export const setCapacity = defineCommand<FromSchema<typeof payload>>()({
  type: 'set_capacity',
  source: 'device',
  payload,
  orderId: () => '',
  scope: (p) => ({ capacityIds: [capacityId(p.date, p.kind)] }),
  primary: (p) => ({ collection: 'capacity', id: capacityId(p.date, p.kind) }),
  apply(tx, p) {
    if (p.date < storeLocalDate(tx.now, tx.state.store.timezone)) tx.reject('date_in_past');
    const id = capacityId(p.date, p.kind);
    let capacity = own(tx.state.capacity, id);
    if (!capacity) {
      capacity = {
        id,
        date: p.date,
        kind: p.kind,
        limit: null,
        assigned: 0,
        acks: [],
        seq: 0,
        updatedAt: tx.now,
      };
      tx.state.capacity[id] = capacity;
    }
    capacity.limit = p.limit;
    tx.ack(capacity);
    tx.emit('capacity_changed', { date: p.date, kind: p.kind, limit: p.limit, assigned: capacity.assigned });
  },
});
