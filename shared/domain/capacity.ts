import type { CapacityDoc } from '../schemas/capacity';
import type { OpeningDay, PauseState, StoreDoc } from '../schemas/store';
import { weekdayIndex, zonedInstant } from './time';

/** Orders the store still takes that day (null: no limit set). */
export function remainingCapacity(capacity: Pick<CapacityDoc, 'limit' | 'assigned'>): number | null {
  return capacity.limit === null ? null : Math.max(0, capacity.limit - capacity.assigned);
}

/** Is a pause in force at `now`? A pause with an end time ends by itself at that time. */
export function isPaused(pause: Pick<PauseState, 'paused' | 'until'>, now: string): boolean {
  if (!pause.paused) return false;
  return !pause.until || Date.parse(now) < Date.parse(pause.until);
}

/** The store's hours on a date, or undefined when the manager has not set them. */
export function openingOn(store: Pick<StoreDoc, 'openingHours'>, date: string): OpeningDay | undefined {
  return store.openingHours?.[weekdayIndex(date)];
}

/** When the store opens and closes on a date (undefined: closed that day or hours not set). */
export function openingWindow(
  store: Pick<StoreDoc, 'openingHours' | 'timezone'>,
  date: string,
): { opens: string; closes: string } | undefined {
  const day = openingOn(store, date);
  if (!day || day.closed) return undefined;
  return {
    opens: zonedInstant(date, day.open, store.timezone).toISOString(),
    closes: zonedInstant(date, day.close, store.timezone).toISOString(),
  };
}
