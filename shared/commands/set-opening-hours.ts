import type { FromSchema } from 'json-schema-to-ts';
import { OPENING_HOURS } from '../schemas/store';
import { defineCommand } from './define';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: { openingHours: OPENING_HOURS },
  required: ['openingHours'],
} as const;

/** The manager sets the store's weekly opening hours (Monday first); the day's forecast closes with them. */
export const setOpeningHours = defineCommand<FromSchema<typeof payload>>()({
  type: 'set_opening_hours',
  source: 'device',
  payload,
  orderId: () => '',
  scope: () => ({}),
  primary: () => ({ collection: 'store', id: '' }),
  apply(tx, p) {
    if (p.openingHours.some((d) => !d.closed && d.close <= d.open)) tx.reject('closes_before_opening');
    const store = tx.state.store;
    store.openingHours = p.openingHours.map((d) => ({ ...d }));
    tx.ack(store);
    tx.emit('opening_hours_changed', { openingHours: store.openingHours });
  },
});
