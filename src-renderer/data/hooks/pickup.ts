import type { OrderDoc } from '@shared/schemas/order';

/** soon: pickup-by within a day; overdue: pickup-by passed (the expiry job cancels it after the store's hours). */
export type PickupFlag = 'soon' | 'overdue';

const DAY = 86_400_000;

/** How a Click & Collect order stands against its pickup-by date (undefined: not waiting, or no date). */
export function pickupFlagOf(
  order: Pick<OrderDoc, 'kind' | 'status' | 'pickupBy'>,
  now: number,
): PickupFlag | undefined {
  if (order.kind !== 'click_and_collect' || !order.pickupBy) return undefined;
  if (order.status !== 'ready_for_pickup' && order.status !== 'partially_collected') return undefined;
  const due = Date.parse(order.pickupBy);
  if (Number.isNaN(due)) return undefined;
  if (due < now) return 'overdue';
  return due - now <= DAY ? 'soon' : undefined;
}
