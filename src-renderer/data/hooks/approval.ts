import { roleMay } from '@shared/staff/permissions';
import { useCallback } from 'react';
import { firstValueFrom } from 'rxjs';
import { approvalLockedFor, useApprovals } from '../../state/approvals';
import { useReplica } from '../react';

export type ApprovalVerdict = 'ok' | 'unknown' | 'notAllowed' | 'wrongPin' | 'lockedOut';
export type Approval = {
  verdict: ApprovalVerdict;
  /** The approver's staff id when the verdict is ok. */
  staffId: string;
  /** Their name when they were found (for the message). */
  name: string;
  /** While locked out: how long before they may try again. */
  retryInMs: number;
};

/**
 * Someone allowed to do `action` approves it for the signed-in associate (unpack, override a pickup code,
 * change a refund, adjust many units, release all): their staff id or badge and PIN, checked on the device
 * against the pulled staff, offline. Five wrong PINs in a row lock that approver out for a minute on this
 * device. The approver is recorded on the command and the reducer checks their role again.
 */
export function useApproval(action: string): (idOrBadge: string, pin: string) => Promise<Approval> {
  const replica = useReplica();
  return useCallback(
    async (who: string, pin: string) => {
      const key = who.trim();
      const staff = (await firstValueFrom(replica.views.staff$())).find(
        (s) => s.id === key || (s.badge !== '' && s.badge === key),
      );
      const refused = (verdict: ApprovalVerdict, retryInMs = 0): Approval => ({
        verdict,
        staffId: '',
        name: staff?.displayName ?? '',
        retryInMs,
      });
      if (!staff?.active) return refused('unknown');
      if (!roleMay(staff.role, action)) return refused('notAllowed');
      const lockedFor = approvalLockedFor(staff.id, Date.now());
      if (lockedFor > 0) return refused('lockedOut', lockedFor);
      if (!(await replica.checkPin(staff.id, pin))) {
        useApprovals.getState().wrongPin(staff.id, Date.now());
        const nowLocked = approvalLockedFor(staff.id, Date.now());
        return nowLocked > 0 ? refused('lockedOut', nowLocked) : refused('wrongPin');
      }
      useApprovals.getState().approved(staff.id);
      return { verdict: 'ok', staffId: staff.id, name: staff.displayName, retryInMs: 0 };
    },
    [replica, action],
  );
}
