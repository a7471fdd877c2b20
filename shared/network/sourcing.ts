import { type Coordinates, distanceKm } from './geo';
import type { SourcingRules } from './rules';

/** A store the order could come from, as the service read it (one consistent snapshot). */
export type CandidateStore = {
  storeId: string;
  location: Coordinates | null;
  /** Fulfilment of the order's kind is paused now. */
  paused: boolean;
  /** Orders of that kind the store still takes today (null: no limit set). */
  remainingCapacity: number | null;
  /** Net available to sell per SKU of the order (safety stock applied); absent SKUs are 0. */
  stock: ReadonlyMap<string, number>;
};

export type SourcingLine = { id: string; sku: string; qty: number };

export type SourcingRequest = {
  lines: readonly SourcingLine[];
  /** Where the goods go: the customer (ship from store) or the pickup store (Click & Collect). */
  destination: Coordinates | null;
  /** Click & Collect: the store the customer collects from (first when it can serve the order). */
  pickupStoreId?: string;
  /** The order itself allows a split (the network's rules may still forbid it). */
  allowSplit: boolean;
};

export type Exclusion = 'paused' | 'full' | 'too_far' | 'no_stock';

export type CandidateLine = {
  lineId: string;
  sku: string;
  qty: number;
  netAvailable: number;
  pickable: number;
};

export type Candidate = {
  storeId: string;
  /** 1 = best; null when excluded. */
  rank: number | null;
  excluded: Exclusion[];
  distanceKm: number | null;
  paused: boolean;
  remainingCapacity: number | null;
  priority: number;
  /** Lines the store can serve in full, of all lines. */
  linesAvailable: number;
  unitsAvailable: number;
  /** Net available of the order's SKUs in the store (what preferMostStock compares). */
  orderStock: number;
  canServeAll: boolean;
  /** The rules that weighed on this store. */
  rules: string[];
  lines: CandidateLine[];
};

export type Allocation = { storeId: string; lines: { lineId: string; sku: string; qty: number }[] };

export type Plan = {
  complete: boolean;
  parcels: number;
  allocations: Allocation[];
  /** Units no allowed store can serve (empty when complete). */
  missing: { lineId: string; sku: string; qty: number }[];
};

export type SourcingResult = {
  /** null: nothing can be proposed (see reason). */
  plan: Plan | null;
  /** '' when the plan is complete; otherwise why not. */
  reason: '' | 'no_store_can_serve' | 'no_single_store' | 'not_enough_stock';
  candidates: Candidate[];
};

/** Pairs are searched exactly among this many best stores; beyond, greedily. */
const PAIR_SEARCH = 50;

function explain(
  store: CandidateStore,
  request: SourcingRequest,
  rules: SourcingRules,
  priorities: Map<string, number>,
): Candidate {
  const distance =
    store.location && request.destination ? distanceKm(store.location, request.destination) : null;
  const applied: string[] = [];
  const excluded: Exclusion[] = [];
  if (store.paused) {
    if (rules.excludePaused) excluded.push('paused');
    applied.push('exclude_paused');
  }
  if (store.remainingCapacity === 0) {
    if (rules.excludeFull) excluded.push('full');
    applied.push('exclude_full');
  }
  if (rules.maxDistanceKm !== null) {
    applied.push('max_distance');
    if (distance === null || distance > rules.maxDistanceKm) excluded.push('too_far');
  }
  if (rules.minNetAfterPick > 0) applied.push('min_net_after_pick');
  const priority = priorities.get(store.storeId) ?? 0;
  if (priorities.has(store.storeId)) applied.push('store_priority');
  if (rules.preferMostStock) applied.push('prefer_most_stock');
  if (request.pickupStoreId === store.storeId) applied.push('pickup_store');

  let linesAvailable = 0;
  let unitsAvailable = 0;
  let unitsOrdered = 0;
  const seen = new Set<string>();
  let orderStock = 0;
  const lines = request.lines.map((line) => {
    const net = store.stock.get(line.sku) ?? 0;
    if (!seen.has(line.sku)) {
      seen.add(line.sku);
      orderStock += net;
    }
    const pickable = Math.max(0, net - rules.minNetAfterPick);
    if (pickable >= line.qty) linesAvailable += 1;
    unitsAvailable += Math.min(line.qty, pickable);
    unitsOrdered += line.qty;
    return { lineId: line.id, sku: line.sku, qty: line.qty, netAvailable: net, pickable };
  });
  // Two lines of one SKU share its stock: the store serves all only if the sum fits.
  const canServeAll = lines.every((l) => {
    const wanted = request.lines.filter((x) => x.sku === l.sku).reduce((n, x) => n + x.qty, 0);
    return l.pickable >= wanted;
  });
  if (unitsAvailable === 0 && unitsOrdered > 0) excluded.push('no_stock');
  return {
    storeId: store.storeId,
    rank: null,
    excluded,
    distanceKm: distance,
    paused: store.paused,
    remainingCapacity: store.remainingCapacity,
    priority,
    linesAvailable,
    unitsAvailable,
    orderStock,
    canServeAll,
    rules: applied,
    lines,
  };
}

function compare(a: Candidate, b: Candidate, request: SourcingRequest, rules: SourcingRules): number {
  if (a.canServeAll !== b.canServeAll) return a.canServeAll ? -1 : 1;
  if (a.unitsAvailable !== b.unitsAvailable) return b.unitsAvailable - a.unitsAvailable;
  const aPickup = a.storeId === request.pickupStoreId;
  const bPickup = b.storeId === request.pickupStoreId;
  if (aPickup !== bPickup) return aPickup ? -1 : 1;
  if (a.priority !== b.priority) return b.priority - a.priority;
  if (rules.preferMostStock && a.orderStock !== b.orderStock) return b.orderStock - a.orderStock;
  if (a.distanceKm !== b.distanceKm) {
    if (a.distanceKm === null) return 1;
    if (b.distanceKm === null) return -1;
    return a.distanceKm - b.distanceKm;
  }
  return a.storeId < b.storeId ? -1 : a.storeId > b.storeId ? 1 : 0;
}

/** What is left to serve, per SKU (lines of one SKU share its stock). */
function wantedBySku(lines: readonly SourcingLine[]): Map<string, number> {
  const wanted = new Map<string, number>();
  for (const line of lines) wanted.set(line.sku, (wanted.get(line.sku) ?? 0) + line.qty);
  return wanted;
}

function pickableBySku(candidate: Candidate): Map<string, number> {
  return new Map(candidate.lines.map((l) => [l.sku, l.pickable]));
}

/** Give each store the units it takes, line by line in order, from the remaining quantities. */
function allocate(stores: Candidate[], lines: readonly SourcingLine[]): Plan {
  const remaining = lines.map((l) => l.qty);
  const allocations: Allocation[] = [];
  for (const store of stores) {
    const left = pickableBySku(store);
    const taken: Allocation['lines'] = [];
    lines.forEach((line, i) => {
      const qty = Math.min(remaining[i] ?? 0, left.get(line.sku) ?? 0);
      if (qty <= 0) return;
      remaining[i] = (remaining[i] ?? 0) - qty;
      left.set(line.sku, (left.get(line.sku) ?? 0) - qty);
      taken.push({ lineId: line.id, sku: line.sku, qty });
    });
    if (taken.length > 0) allocations.push({ storeId: store.storeId, lines: taken });
  }
  const missing = lines
    .map((line, i) => ({ lineId: line.id, sku: line.sku, qty: remaining[i] ?? 0 }))
    .filter((m) => m.qty > 0);
  return { complete: missing.length === 0, parcels: allocations.length, allocations, missing };
}

function covers(stores: Candidate[], wanted: Map<string, number>): boolean {
  for (const [sku, qty] of wanted) {
    let have = 0;
    for (const s of stores) have += pickableBySku(s).get(sku) ?? 0;
    if (have < qty) return false;
  }
  return true;
}

/** Fewest parcels: the best pair if two stores suffice (exact), otherwise the greediest stores in turn. */
function split(ranked: Candidate[], request: SourcingRequest, maxParcels: number): Plan {
  const wanted = wantedBySku(request.lines);
  const top = ranked.slice(0, PAIR_SEARCH);
  if (maxParcels >= 2) {
    for (let i = 0; i < top.length; i++) {
      for (let j = i + 1; j < top.length; j++) {
        const pair = [top[i], top[j]] as Candidate[];
        if (covers(pair, wanted)) return allocate(pair, request.lines);
      }
    }
  }
  const chosen: Candidate[] = [];
  const left = new Map(wanted);
  while (chosen.length < maxParcels) {
    let best: Candidate | undefined;
    let bestUnits = 0;
    for (const store of ranked) {
      if (chosen.includes(store)) continue;
      let units = 0;
      for (const [sku, qty] of left) units += Math.min(qty, pickableBySku(store).get(sku) ?? 0);
      if (units > bestUnits) {
        best = store;
        bestUnits = units;
      }
    }
    if (!best) break;
    chosen.push(best);
    for (const [sku, qty] of left) left.set(sku, qty - Math.min(qty, pickableBySku(best).get(sku) ?? 0));
  }
  return allocate(chosen, request.lines);
}

/**
 * Where an order should come from: every store explained and ranked (the ones a rule leaves out
 * say why), and a plan — one store when one can serve everything, otherwise, when splits are
 * allowed, the fewest stores that can. Pure: the same snapshot gives the same answer.
 *
 * Ranking: stores that can serve the whole order first, then by units they can serve, the pickup
 * store (Click & Collect), store priority, most stock of the order's SKUs (when the rule is on),
 * distance, and the store id.
 */
export function sourceOrder(
  stores: readonly CandidateStore[],
  request: SourcingRequest,
  rules: SourcingRules,
): SourcingResult {
  const priorities = new Map(rules.storePriority.map((p) => [p.storeId, p.priority]));
  const candidates = stores.map((s) => explain(s, request, rules, priorities));
  const eligible = candidates
    .filter((c) => c.excluded.length === 0)
    .sort((a, b) => compare(a, b, request, rules));
  eligible.forEach((c, i) => {
    c.rank = i + 1;
  });
  const excluded = candidates
    .filter((c) => c.excluded.length > 0)
    .sort((a, b) => compare(a, b, request, rules));
  const ordered = [...eligible, ...excluded];

  const best = eligible[0];
  if (best?.canServeAll) {
    return { plan: allocate([best], request.lines), reason: '', candidates: ordered };
  }
  if (!best) return { plan: null, reason: 'no_store_can_serve', candidates: ordered };
  if (!(request.allowSplit && rules.allowSplit) || rules.maxParcels < 2) {
    return { plan: null, reason: 'no_single_store', candidates: ordered };
  }
  const plan = split(eligible, request, rules.maxParcels);
  return { plan, reason: plan.complete ? '' : 'not_enough_stock', candidates: ordered };
}
