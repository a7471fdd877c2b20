import type { OrderDoc, OrderLine } from '../schemas/order';
import { CLOSED_STATUSES, type OrderStatus } from './codes';

/**
 * Quantities of an order line. Every figure is a sum of facts from any device,
 * so they add up the same whatever order the commands arrive in; status, stock
 * reservations and put-away needs are derived from them, never stored apart.
 */

/** Units the customer refused at the counter (they go back to stock). */
export function refused(line: OrderLine): number {
  return line.refused ?? 0;
}

/** Units the store still has to supply for the line. */
export function wanted(line: OrderLine): number {
  return Math.max(0, line.ordered - line.rejected - refused(line));
}

export function goneFromStore(line: OrderLine): number {
  return line.handedOver + line.shipped;
}

/**
 * Units picked, counting goods handed over whose pick another device has not
 * reported yet (the counter can hand over what a picker brought before the
 * picker's device syncs): picks and handovers then add up in any arrival order.
 */
export function picked(line: OrderLine): number {
  return Math.max(line.picked, line.handedOver);
}

/** Units still to take off the shelf: wanted and not yet picked (also what may still be rejected). */
export function stillToPick(line: OrderLine): number {
  return Math.max(0, wanted(line) - picked(line));
}

export const rejectable = stillToPick;

/** Units of a Click & Collect line the customer has yet to take. */
export function stillToCollect(line: OrderLine): number {
  return Math.max(0, wanted(line) - line.handedOver);
}

export function isResolved(line: OrderLine): boolean {
  return picked(line) + line.rejected >= line.ordered;
}

export function deriveStatus(order: OrderDoc, deleted = false): OrderStatus {
  if (deleted || order.status === 'reassigned') return 'reassigned';
  if (order.cancellation) return 'cancelled';
  const lines = order.lines;
  if (lines.every((l) => wanted(l) === 0)) return 'rejected';
  if (order.kind === 'ship_from_store') {
    if (order.shipment) return 'shipped';
    if (order.parcels.length > 0) return 'packed';
  } else {
    const handed = lines.reduce((n, l) => n + l.handedOver, 0);
    if (handed > 0)
      return lines.every((l) => l.handedOver >= wanted(l)) ? 'collected' : 'partially_collected';
    if (order.staging) return 'ready_for_pickup';
  }
  if (lines.every(isResolved)) return 'picked';
  if (order.pickStartedAt || lines.some((l) => picked(l) > 0 || l.rejected > 0)) return 'picking';
  return 'assigned';
}

export function isClosed(status: OrderStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** Units of the line the store's stock must keep for this order. */
export function reservationFor(line: OrderLine, status: OrderStatus): number {
  if (isClosed(status)) return 0;
  return Math.max(0, wanted(line) - goneFromStore(line));
}

/**
 * Units picked for the line that no customer will take: the excess of an
 * over-pick while the order is open, every unit still in the store once it is closed.
 */
export function putAwayNeed(line: OrderLine, status: OrderStatus): number {
  const need = isClosed(status)
    ? picked(line) - goneFromStore(line)
    : picked(line) - Math.max(wanted(line), goneFromStore(line));
  return Math.max(0, need - line.putAway);
}

/** Not picked yet: open, and not one unit taken off the shelf (what "release all outstanding" hands back). */
export function isOutstanding(order: OrderDoc): boolean {
  if (order.cancellation || isClosed(order.status)) return false;
  return order.lines.every((l) => picked(l) === 0) && order.lines.some((l) => wanted(l) > 0);
}
