import equal from 'fast-deep-equal';
import type { FromSchema } from 'json-schema-to-ts';
import { own } from '../domain/records';
import { PIN_VERIFIER } from '../schemas/staff';
import { ROLES } from '../staff/permissions';
import { defineCommand } from './define';

/** Staff ids start with a letter or digit (never a prototype key such as __proto__). */
export const STAFF_ID = { type: 'string', pattern: '^[0-9A-Za-z][0-9A-Za-z_.-]{0,63}$' } as const;

/** One member of staff as the service records them: the PIN is already a verifier here. */
export const STAFF_ITEM = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: STAFF_ID,
    displayName: { type: 'string', minLength: 1, maxLength: 100 },
    role: { type: 'string', enum: ROLES },
    active: { type: 'boolean' },
    badge: { type: 'string', maxLength: 64, pattern: '^[\\x21-\\x7E]*$' },
    /** Absent: keep the current PIN. */
    pin: PIN_VERIFIER,
  },
  required: ['id', 'displayName', 'role', 'active', 'badge'],
} as const;

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: { staff: { type: 'array', minItems: 1, maxItems: 500, items: STAFF_ITEM } },
  required: ['staff'],
} as const;

/**
 * The OMS's staff list for the store (the service has turned each PIN into a
 * verifier before this command exists, so no PIN in clear reaches the command log).
 */
export const upsertStaff = defineCommand<FromSchema<typeof payload>>()({
  type: 'upsert_staff',
  source: 'oms',
  payload,
  orderId: () => '',
  scope: (p) => ({ staffIds: p.staff.map((s) => s.id) }),
  primary: () => ({ collection: 'store', id: '' }),
  apply(tx, p) {
    for (const input of p.staff) {
      const existing = own(tx.state.staff, input.id);
      const pin = input.pin ?? existing?.pin;
      if (!pin) return tx.reject('pin_required');
      const next = {
        id: input.id,
        storeId: tx.state.store.id,
        displayName: input.displayName,
        role: input.role,
        active: input.active,
        badge: input.badge,
        pin: { ...pin },
        acks: existing ? [...existing.acks] : [],
        seq: existing?.seq ?? 0,
        updatedAt: existing?.updatedAt ?? tx.now,
      };
      if (existing && equal(existing, next)) continue;
      tx.state.staff[input.id] = { ...next, updatedAt: tx.now };
    }
  },
});
