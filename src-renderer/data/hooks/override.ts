import { roleMay } from '@shared/staff/permissions';
import { useCallback } from 'react';
import { useCheckPin, useStaff } from './staff';

export type ManagerCheck =
  | { ok: true; managerId: string }
  | { ok: false; reason: 'unknown' | 'not_allowed' | 'wrong_pin' };

/**
 * Check, offline, that someone allowed to do `action` is standing there: their
 * staff id or badge, and their PIN against the verifier the device pulled. Used
 * for manager overrides; the id that passed is recorded on the command.
 */
export function useCheckOverride(action: string): (who: string, pin: string) => Promise<ManagerCheck> {
  const staff = useStaff();
  const checkPin = useCheckPin();
  return useCallback(
    async (who: string, pin: string) => {
      const typed = who.trim();
      const member = staff.find((s) => s.id === typed || (s.badge !== '' && s.badge === typed));
      if (!member?.active) return { ok: false, reason: 'unknown' };
      if (!roleMay(member.role, action)) return { ok: false, reason: 'not_allowed' };
      if (!(await checkPin(member.id, pin))) return { ok: false, reason: 'wrong_pin' };
      return { ok: true, managerId: member.id };
    },
    [staff, checkPin, action],
  );
}
