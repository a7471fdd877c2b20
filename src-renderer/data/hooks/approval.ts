import { roleMay } from '@shared/staff/permissions';
import { useCallback } from 'react';
import { firstValueFrom } from 'rxjs';
import { useReplica } from '../react';

export type ApprovalVerdict = 'ok' | 'notManager' | 'wrongPin';

/**
 * A manager's approval of an action the signed-in associate may not do alone
 * (change a refund, adjust many units): their id or badge and PIN, checked on
 * the device against the pulled staff, offline. The approver is then recorded
 * on the command, and the reducer checks their role again.
 */
export function useApproval(
  action: string,
): (idOrBadge: string, pin: string) => Promise<{ verdict: ApprovalVerdict; staffId: string }> {
  const replica = useReplica();
  return useCallback(
    async (who: string, pin: string) => {
      const key = who.trim();
      const staff = (await firstValueFrom(replica.views.staff$())).find(
        (s) => s.id === key || (s.badge !== '' && s.badge === key),
      );
      if (!staff?.active || !roleMay(staff.role, action)) return { verdict: 'notManager', staffId: '' };
      return (await replica.checkPin(staff.id, pin))
        ? { verdict: 'ok', staffId: staff.id }
        : { verdict: 'wrongPin', staffId: '' };
    },
    [replica, action],
  );
}
