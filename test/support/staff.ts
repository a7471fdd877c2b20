import { type Records, records } from '@shared/domain/records';
import type { StaffDoc } from '@shared/schemas/staff';
import type { Role } from '@shared/staff/permissions';

export type TestStaff = {
  id: string;
  displayName: string;
  role: Role;
  active: boolean;
  badge: string;
  pin: string;
};

/**
 * The staff every test store has. alice, bruno and chloe (the fixtures' actors)
 * are managers, so existing scenarios are permitted whatever they do; the
 * others exist to test the role check.
 */
export const TEST_STAFF: readonly TestStaff[] = [
  {
    id: 'alice',
    displayName: 'Alice Martin',
    role: 'manager',
    active: true,
    badge: 'BADGE-ALICE',
    pin: '1234',
  },
  {
    id: 'bruno',
    displayName: 'Bruno Petit',
    role: 'manager',
    active: true,
    badge: 'BADGE-BRUNO',
    pin: '2345',
  },
  {
    id: 'chloe',
    displayName: 'Chloé Durand',
    role: 'manager',
    active: true,
    badge: 'BADGE-CHLOE',
    pin: '3456',
  },
  {
    id: 'dora',
    displayName: 'Dora Leroy',
    role: 'associate',
    active: true,
    badge: 'BADGE-DORA',
    pin: '0000',
  },
  { id: 'eric', displayName: 'Éric Moreau', role: 'counter', active: true, badge: 'BADGE-ERIC', pin: '1111' },
  { id: 'felix', displayName: 'Félix Simon', role: 'manager', active: false, badge: '', pin: '9999' },
];

/** The OMS body that creates them. */
export const TEST_STAFF_BODY = { staff: TEST_STAFF.map((s) => ({ ...s })) };

/** PIN iterations for test services (hashing speed is not what they test). */
export const TEST_PIN_ITERATIONS = 1_000;

/** As the reducer sees them (the verifier is not checked by the reducer). */
export function testStaffDocs(storeId: string, at: string): Records<StaffDoc> {
  return records(
    TEST_STAFF.map(({ pin: _pin, ...s }) => [
      s.id,
      { ...s, storeId, pin: { salt: '00', iterations: 1, hash: '00' }, acks: [], seq: 0, updatedAt: at },
    ]),
  );
}
