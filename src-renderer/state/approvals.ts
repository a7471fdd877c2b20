import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { LOCKOUT_MS, MAX_WRONG_PINS } from './session';

/**
 * Wrong PINs typed for each approver on this device. After MAX_WRONG_PINS in a row, that person's
 * approvals are refused for LOCKOUT_MS (kept across a reload, so a reload does not reset the count).
 */
export type Approvals = {
  wrong: Record<string, { count: number; lockedOutUntil: number }>;
  wrongPin(staffId: string, now: number): void;
  approved(staffId: string): void;
};

export const useApprovals = create<Approvals>()(
  persist(
    (set) => ({
      wrong: {},
      wrongPin: (staffId, now) =>
        set((s) => {
          const count = (Object.hasOwn(s.wrong, staffId) ? (s.wrong[staffId]?.count ?? 0) : 0) + 1;
          const entry =
            count >= MAX_WRONG_PINS
              ? { count: 0, lockedOutUntil: now + LOCKOUT_MS }
              : { count, lockedOutUntil: 0 };
          return { wrong: { ...s.wrong, [staffId]: entry } };
        }),
      approved: (staffId) =>
        set((s) => {
          const { [staffId]: _, ...rest } = s.wrong;
          return { wrong: rest };
        }),
    }),
    { name: 'associate.approvals', storage: createJSONStorage(() => localStorage) },
  ),
);

/** Milliseconds before this approver may be tried again (0: now). */
export function approvalLockedFor(staffId: string, now: number): number {
  const { wrong } = useApprovals.getState();
  const until = Object.hasOwn(wrong, staffId) ? (wrong[staffId]?.lockedOutUntil ?? 0) : 0;
  return Math.max(0, until - now);
}
