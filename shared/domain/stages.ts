import type { OrderDoc } from '../schemas/order';
import type { OrderKind, OrderStatus } from './codes';

/** The steps of the day's work an order waits in, by what the associate has to do next. */
export const STAGES = [
  'to_pick',
  'picking',
  'to_pack',
  'to_ship',
  'to_stage',
  'ready_for_pickup',
  'awaiting_collection',
] as const;
export type Stage = (typeof STAGES)[number];

const BY_STATUS: Partial<Record<OrderStatus, (kind: OrderKind) => Stage>> = {
  assigned: () => 'to_pick',
  picking: () => 'picking',
  picked: (kind) => (kind === 'ship_from_store' ? 'to_pack' : 'to_stage'),
  packed: () => 'to_ship',
  ready_for_pickup: () => 'ready_for_pickup',
  partially_collected: () => 'awaiting_collection',
};

/** The stage an order is in, or undefined once nothing is left to do in the store. */
export function stageOf(order: Pick<OrderDoc, 'status' | 'kind'>): Stage | undefined {
  return BY_STATUS[order.status]?.(order.kind);
}

export type Urgency = 'late' | 'due_soon' | 'on_time';

const HOUR = 3_600_000;

/** When the order must be done: its promised-by time, or the pickup deadline once it waits for the customer. */
export function deadlineOf(order: Pick<OrderDoc, 'status' | 'promisedBy' | 'pickupBy'>): string {
  const waiting = order.status === 'ready_for_pickup' || order.status === 'partially_collected';
  return (waiting && order.pickupBy) || order.promisedBy;
}

export function urgencyOf(order: Pick<OrderDoc, 'status' | 'promisedBy' | 'pickupBy'>, now: number): Urgency {
  const due = Date.parse(deadlineOf(order));
  if (Number.isNaN(due)) return 'on_time';
  if (due < now) return 'late';
  if (due - now <= HOUR) return 'due_soon';
  return 'on_time';
}

/** Most urgent first: the earliest deadline, then the oldest assignment. */
export function byUrgency(a: OrderDoc, b: OrderDoc): number {
  return deadlineOf(a).localeCompare(deadlineOf(b)) || a.assignedAt.localeCompare(b.assignedAt);
}

export type QueueFilter = { kind?: OrderKind | undefined; stage: Stage };

/** An order queue out of the optimistic open orders, most urgent first. */
export function queueOf(orders: readonly OrderDoc[], filter: QueueFilter): OrderDoc[] {
  return orders
    .filter((o) => (!filter.kind || o.kind === filter.kind) && stageOf(o) === filter.stage)
    .sort(byUrgency);
}

/** Every stage with its orders (one pass, for the home screen's counts). */
export function queuesByStage(orders: readonly OrderDoc[]): Record<Stage, OrderDoc[]> {
  const queues = Object.fromEntries(STAGES.map((s) => [s, [] as OrderDoc[]])) as Record<Stage, OrderDoc[]>;
  for (const order of orders) {
    const stage = stageOf(order);
    if (stage) queues[stage].push(order);
  }
  for (const stage of STAGES) queues[stage].sort(byUrgency);
  return queues;
}
