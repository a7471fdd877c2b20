import type { CapacityDoc } from '../schemas/capacity';

/** Orders the store still takes that day (null: no limit set). */
export function remainingCapacity(capacity: Pick<CapacityDoc, 'limit' | 'assigned'>): number | null {
  return capacity.limit === null ? null : Math.max(0, capacity.limit - capacity.assigned);
}
