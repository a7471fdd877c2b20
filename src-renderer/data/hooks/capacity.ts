import { useObservable, useReplica } from '../react';
import type { StoreCapacityView } from '../views';

/** The store (pauses, hours) and the capacity of these `date:kind` ids, this device's own changes in at once. */
export function useStoreCapacity(capacityIds: readonly string[]): StoreCapacityView | undefined {
  const replica = useReplica();
  const key = capacityIds.join(',');
  return useObservable(() => replica.views.storeCapacity$(capacityIds), undefined, [replica, key]);
}
