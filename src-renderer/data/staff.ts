import type { StaffDoc } from '@shared/schemas/staff';
import { verifyPin } from '@shared/staff/pin';
import { map, type Observable } from 'rxjs';
import type { ReplicaDatabase } from './database';

/** A member of staff as screens see them: never their PIN verifier. */
export type StaffMember = Pick<StaffDoc, 'id' | 'displayName' | 'role' | 'active' | 'badge'>;

const member = ({ id, displayName, role, active, badge }: StaffDoc): StaffMember => ({
  id,
  displayName,
  role,
  active,
  badge,
});

/** The store's staff, by name (collation of the store's language is the screen's business). */
export function staff$(db: ReplicaDatabase): Observable<StaffMember[]> {
  return db.staff
    .find()
    .$.pipe(
      map((docs) =>
        docs
          .map((d) => member(d.toJSON() as StaffDoc))
          .sort((a, b) => a.displayName.localeCompare(b.displayName)),
      ),
    );
}

/** Check a typed PIN against the pulled verifier, offline. Unknown or inactive staff never pass. */
export async function checkPin(db: ReplicaDatabase, staffId: string, pin: string): Promise<boolean> {
  const doc = await db.staff.findOne(staffId).exec();
  const staff = doc?.toJSON() as StaffDoc | undefined;
  if (!staff?.active) return false;
  return verifyPin(pin, staff.pin);
}
