import { isPaused, openingWindow, remainingCapacity } from '../domain/capacity';
import { ORDER_KINDS, type OrderKind, TASK_KINDS, type TaskKind } from '../domain/codes';
import { picked, stillToPick } from '../domain/order-math';
import { STAGES, type Stage, stageOf, urgencyOf } from '../domain/stages';
import { storeLocalDate, storeLocalHour } from '../domain/time';
import type { CapacityDoc } from '../schemas/capacity';
import type { OrderDoc } from '../schemas/order';
import type { StoreDoc } from '../schemas/store';
import type { TaskDoc } from '../schemas/task';
import { type Forecast, forecast } from './forecast';

/**
 * The store's day in figures, computed from the documents a device holds (its
 * replica) or the service holds (its projections): the same pure function on
 * both sides, so the dashboard and `GET /oms/v1/stores/:id/day` agree.
 */
export type DayInput = {
  store: StoreDoc;
  /** The store's orders (open and finished); orders of other days are ignored where it matters. */
  orders: readonly OrderDoc[];
  capacity: readonly CapacityDoc[];
  /** Open follow-up tasks. */
  tasks: readonly TaskDoc[];
  now: string;
  /** Associates picking now (signed in on the floor); by default those who picked in the last hour. */
  associates?: number | undefined;
  /** A Click & Collect order waiting longer than this many days is shown (default 3). */
  waitingDays?: number | undefined;
};

export type KindCapacity = {
  kind: OrderKind;
  limit: number | null;
  assigned: number;
  remaining: number | null;
  paused: boolean;
  reason: string;
  until: string;
};

export type Flagged = { orderId: string; number: string; kind: OrderKind; reason: string };
export type HourFigures = { hour: number; picked: number; packed: number; handedOver: number };
export type AssociateFigures = { staffId: string; picked: number; packed: number; handedOver: number };
export type Counted = { key: string; count: number };
export type WaitingOrder = {
  orderId: string;
  number: string;
  since: string;
  pickupBy: string;
  why: 'waiting_long' | 'past_pickup_by';
};

export type DayFigures = {
  date: string;
  now: string;
  capacity: KindCapacity[];
  /** Orders the OMS assigned today beyond the limit or while the kind was paused (accepted, flagged). */
  flagged: Flagged[];
  backlog: Record<Stage, number>;
  aging: { late: number; dueSoon: number; onTime: number };
  throughput: HourFigures[];
  associates: AssociateFigures[];
  rejectionReasons: Counted[];
  rejectedItems: (Counted & { name: string })[];
  collectWaiting: WaitingOrder[];
  tasks: Record<TaskKind, number>;
  forecast: Forecast;
};

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** One applied log entry of today, with the units it moved (see unitsPerEntry). */
type Activity = { staffId: string; at: string; hour: number; units: number };

export function dayFigures(input: DayInput): DayFigures {
  const { store, now } = input;
  const tz = store.timezone;
  const date = storeLocalDate(now, tz);
  const today = (at: string) => Boolean(at) && storeLocalDate(at, tz) === date;
  const open = input.orders.filter((o) => stageOf(o) !== undefined);

  const picks: Activity[] = [];
  const packs: Activity[] = [];
  const handovers: Activity[] = [];
  const flagged: Flagged[] = [];
  const reasons = new Map<string, number>();
  const items = new Map<string, { count: number; name: string }>();

  for (const order of input.orders) {
    const applied = order.commandLog.filter((e) => e.outcome !== 'rejected');
    // The log has no quantities: the order's picked units are shared out over its picks
    // (exact when each scan picks one unit, the usual case).
    const pickEntries = applied.filter((e) => e.type === 'pick');
    const units = order.lines.reduce((n, l) => n + picked(l), 0);
    const perPick = pickEntries.length > 0 ? units / pickEntries.length : 0;
    for (const e of pickEntries)
      if (today(e.at))
        picks.push({ staffId: e.staffId, at: e.at, hour: storeLocalHour(e.at, tz), units: perPick });
    for (const e of applied)
      if (e.type === 'pack' && today(e.at))
        packs.push({ staffId: e.staffId, at: e.at, hour: storeLocalHour(e.at, tz), units: 1 });
    for (const h of order.handovers)
      if (today(h.at))
        handovers.push({ staffId: h.staffId, at: h.at, hour: storeLocalHour(h.at, tz), units: 1 });

    const assigned = order.commandLog.find((e) => e.type === 'assign_order');
    if (
      assigned &&
      today(assigned.at) &&
      (assigned.reason === 'over_capacity' || assigned.reason === 'fulfilment_paused')
    )
      flagged.push({ orderId: order.id, number: order.number, kind: order.kind, reason: assigned.reason });

    if (applied.some((e) => e.type === 'reject_line' && today(e.at))) {
      for (const line of order.lines) {
        if (line.rejected === 0 || !line.rejectReason) continue;
        reasons.set(line.rejectReason, (reasons.get(line.rejectReason) ?? 0) + line.rejected);
        const item = items.get(line.sku) ?? { count: 0, name: line.name };
        item.count += line.rejected;
        items.set(line.sku, item);
      }
    }
  }

  const backlog = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const aging = { late: 0, dueSoon: 0, onTime: 0 };
  const nowMs = Date.parse(now);
  for (const order of open) {
    const stage = stageOf(order);
    if (stage) backlog[stage] += 1;
    const urgency = urgencyOf(order, nowMs);
    if (urgency === 'late') aging.late += 1;
    else if (urgency === 'due_soon') aging.dueSoon += 1;
    else aging.onTime += 1;
  }

  const waitingDays = input.waitingDays ?? 3;
  const collectWaiting: WaitingOrder[] = [];
  for (const order of open) {
    if (order.kind !== 'click_and_collect' || !order.staging) continue;
    const since = order.staging.at;
    if (order.pickupBy && Date.parse(order.pickupBy) < nowMs)
      collectWaiting.push({
        orderId: order.id,
        number: order.number,
        since,
        pickupBy: order.pickupBy,
        why: 'past_pickup_by',
      });
    else if (nowMs - Date.parse(since) > waitingDays * DAY)
      collectWaiting.push({
        orderId: order.id,
        number: order.number,
        since,
        pickupBy: order.pickupBy,
        why: 'waiting_long',
      });
  }

  const tasks = Object.fromEntries(TASK_KINDS.map((k) => [k, 0])) as Record<TaskKind, number>;
  for (const task of input.tasks) if (task.status === 'open') tasks[task.kind] += 1;

  const capacity = ORDER_KINDS.map((kind): KindCapacity => {
    const doc = input.capacity.find((c) => c.date === date && c.kind === kind);
    const pause = store.fulfilment[kind];
    const paused = isPaused(pause, now);
    return {
      kind,
      limit: doc?.limit ?? null,
      assigned: doc?.assigned ?? 0,
      remaining: doc ? remainingCapacity(doc) : null,
      paused,
      reason: paused ? pause.reason : '',
      until: paused ? (pause.until ?? '') : '',
    };
  });

  const window = openingWindow(store, date);
  const recentPickers = new Set(picks.filter((p) => nowMs - Date.parse(p.at) <= HOUR).map((p) => p.staffId));
  const allPickers = new Set(picks.map((p) => p.staffId));
  const firstPick = earliest(picks);
  const firstPack = earliest(packs);

  return {
    date,
    now,
    capacity,
    flagged: flagged.sort((a, b) => a.number.localeCompare(b.number)),
    backlog,
    aging,
    throughput: hourly(
      picks,
      packs,
      handovers,
      window ? storeLocalHour(window.opens, tz) : undefined,
      storeLocalHour(now, tz),
    ),
    associates: perAssociate(picks, packs, handovers),
    rejectionReasons: top([...reasons].map(([key, count]) => ({ key, count }))),
    rejectedItems: top([...items].map(([key, v]) => ({ key, count: v.count, name: v.name }))),
    collectWaiting: collectWaiting.sort((a, b) => a.since.localeCompare(b.since)),
    tasks,
    forecast: forecast({
      now,
      closesAt: window?.closes,
      opensAt: window?.opens,
      hoursSet: Boolean(store.openingHours),
      unitsToPick: open.reduce((n, o) => n + o.lines.reduce((m, l) => m + stillToPick(l), 0), 0),
      ordersToPack: backlog.to_pack,
      unitsPicked: round(picks.reduce((n, p) => n + p.units, 0)),
      ordersPacked: packs.length,
      pickers: allPickers.size,
      packers: new Set(packs.map((p) => p.staffId)).size,
      firstPickAt: firstPick,
      firstPackAt: firstPack,
      associates: input.associates ?? recentPickers.size,
    }),
  };
}

function hourly(
  picks: Activity[],
  packs: Activity[],
  handovers: Activity[],
  opensHour: number | undefined,
  nowHour: number,
): HourFigures[] {
  const all = [...picks, ...packs, ...handovers];
  if (all.length === 0 && opensHour === undefined) return [];
  const first = Math.min(opensHour ?? 24, ...all.map((a) => a.hour));
  const last = Math.max(nowHour, ...all.map((a) => a.hour));
  const hours: HourFigures[] = [];
  for (let hour = Math.min(first, last); hour <= last; hour++) {
    const sum = (list: Activity[]) =>
      round(list.filter((a) => a.hour === hour).reduce((n, a) => n + a.units, 0));
    hours.push({ hour, picked: sum(picks), packed: sum(packs), handedOver: sum(handovers) });
  }
  return hours;
}

function perAssociate(picks: Activity[], packs: Activity[], handovers: Activity[]): AssociateFigures[] {
  const by = new Map<string, AssociateFigures>();
  const get = (staffId: string) => {
    let row = by.get(staffId);
    if (!row) {
      row = { staffId, picked: 0, packed: 0, handedOver: 0 };
      by.set(staffId, row);
    }
    return row;
  };
  for (const p of picks) get(p.staffId).picked += p.units;
  for (const p of packs) get(p.staffId).packed += 1;
  for (const h of handovers) get(h.staffId).handedOver += 1;
  return [...by.values()]
    .map((r) => ({ ...r, picked: round(r.picked) }))
    .sort(
      (a, b) => b.picked + b.handedOver - (a.picked + a.handedOver) || a.staffId.localeCompare(b.staffId),
    );
}

function top<T extends Counted>(list: T[], n = 5): T[] {
  return list.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, n);
}

/** The earliest time of a list ('' when empty); ISO instants sort as text. */
function earliest(list: Activity[]): string {
  return list.map((a) => a.at).sort()[0] ?? '';
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
