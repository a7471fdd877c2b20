import { useObservable, useReplica } from '../react';
import type { StaffMember } from '../staff';

export type { StaffMember };

/** The store's staff (names, roles, badges), live: a member the OMS adds appears at the next sync. */
export function useStaff(): StaffMember[] {
  const replica = useReplica();
  return useObservable(() => replica.views.staff$(), [], [replica]);
}

/** Check a PIN offline; resolves false for a wrong PIN and for unknown or inactive staff. */
export function useCheckPin(): (staffId: string, pin: string) => Promise<boolean> {
  return useReplica().checkPin;
}
