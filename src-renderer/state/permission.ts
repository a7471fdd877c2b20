import { type Action, roleMay } from '@shared/staff/permissions';
import { selectRole, useSession } from './session';

/** May the signed-in staff member do this? (The same table the reducer checks: shared/staff/permissions.ts.) */
export function usePermission(action: Action): boolean {
  const role = useSession(selectRole);
  return roleMay(role, action);
}
