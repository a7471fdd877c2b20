import type { StaffDoc } from '@shared/schemas/staff';
import type { StoreDoc } from '@shared/schemas/store';
import type { CountedCollection } from '../queries';
import { useObservable, useReplica } from '../react';
import { INITIAL_SYNC_STATE, type SyncState } from '../sync-state';

export function useSyncState(): SyncState {
  const replica = useReplica();
  return useObservable(() => replica.sync.state$, INITIAL_SYNC_STATE, [replica]);
}

/** Ask for a sync now (the button on the sync bar). */
export function useSyncNow(): () => void {
  const replica = useReplica();
  return replica.syncNow;
}

/** The store the device belongs to (name, locale, time zone, currency). */
export function useStore(): StoreDoc | undefined {
  const replica = useReplica();
  return useObservable(() => replica.views.store$(), undefined, [replica]);
}

/** How many documents of a collection the device holds. */
export function useCount(name: CountedCollection): number {
  const replica = useReplica();
  return useObservable(() => replica.views.count$(name), 0, [replica, name]);
}

/** Ids of this device's commands the service has not acknowledged yet. */
export function usePendingIds(): ReadonlySet<string> {
  const replica = useReplica();
  return useObservable(() => replica.pendingIds$, new Set<string>(), [replica]);
}

/** A member of the store's staff (name and role; the PIN verifier checks a manager's approval offline). */
export function useStaffMember(staffId: string): StaffDoc | undefined {
  const replica = useReplica();
  return useObservable(() => replica.views.staffMember$(staffId), undefined, [replica, staffId]);
}
