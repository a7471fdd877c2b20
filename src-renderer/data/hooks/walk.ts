import { normalizeGtin } from '@shared/domain/barcode';
import { picked, wanted } from '@shared/domain/order-math';
import type { OrderDoc } from '@shared/schemas/order';
import type { ProductDoc } from '@shared/schemas/product';

/**
 * A pick walk: the lines of one or several orders, grouped by SKU across orders and
 * sorted by shelf location, so the picker walks the store once. Pure: built from
 * the optimistic orders and their products; shared by ship-from-store picking and
 * Click & Collect preparation.
 */

export type Location = { aisle: string; bay: string; shelf: string };

/** What one order of the walk still needs of a SKU, and where it goes (its tote). */
export type WalkPart = {
  orderId: string;
  orderNumber: string;
  lineId: string;
  /** Tote / slot of the order in the batch (1, 2, …). */
  slot: number;
  wanted: number;
  picked: number;
  rejected: number;
  /** Units still to take for this order (0 once picked, or rejected, or the order is closed). */
  toPick: number;
};

/** One stop of the walk: a SKU at its location, for every order of the batch that wants it. */
export type WalkStop = {
  key: string;
  sku: string;
  name: string;
  /** The EAN shown to the picker (the product's main GTIN, or the line's first barcode). */
  ean: string;
  barcodes: string[];
  location: Location;
  /** The location's barcode / label: AISLE-BAY-SHELF. */
  locationCode: string;
  parts: WalkPart[];
  wanted: number;
  picked: number;
  toPick: number;
  done: boolean;
};

export type WalkOrder = {
  orderId: string;
  number: string;
  slot: number;
  /** Where the order goes once picked: packing (ship from store) or the pickup shelf (Click & Collect). */
  kind: OrderDoc['kind'];
  status: OrderDoc['status'];
  cancelled: boolean;
  lines: number;
  linesDone: number;
  units: number;
  unitsPicked: number;
};

export type Walk = { stops: WalkStop[]; orders: WalkOrder[]; done: boolean };

const NO_LOCATION: Location = { aisle: '', bay: '', shelf: '' };

export function locationCode(location: Location): string {
  return [location.aisle, location.bay, location.shelf].filter(Boolean).join('-');
}

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Aisle, then bay, then shelf (natural order: A2 before A10); lines with no known location last. */
export function byLocation(a: WalkStop, b: WalkStop): number {
  const missing = Number(!a.locationCode) - Number(!b.locationCode);
  return (
    missing ||
    natural.compare(a.location.aisle, b.location.aisle) ||
    natural.compare(a.location.bay, b.location.bay) ||
    natural.compare(a.location.shelf, b.location.shelf) ||
    natural.compare(a.name, b.name) ||
    a.sku.localeCompare(b.sku)
  );
}

const isVoid = (order: OrderDoc) =>
  Boolean(order.cancellation) || order.status === 'reassigned' || order.status === 'rejected';

/** The walk for the orders of a batch (in batch order: the slot is the position), with what is known of their products. */
export function buildWalk(
  orders: readonly (OrderDoc | undefined)[],
  products: ReadonlyMap<string, ProductDoc>,
): Walk {
  const stops = new Map<string, WalkStop>();
  const summary: WalkOrder[] = [];
  orders.forEach((order, index) => {
    // An order no longer on the device (moved to another store) keeps its tote number empty.
    if (!order) return;
    const slot = index + 1;
    const cancelled = isVoid(order);
    let linesDone = 0;
    let units = 0;
    let unitsPicked = 0;
    for (const line of order.lines) {
      const want = wanted(line);
      const got = Math.min(picked(line), want);
      units += want;
      unitsPicked += got;
      if (got >= want) linesDone += 1;
      if (cancelled) continue;
      const product = products.get(line.sku);
      let stop = stops.get(line.sku);
      if (!stop) {
        const location = product?.location ?? NO_LOCATION;
        stop = {
          key: line.sku,
          sku: line.sku,
          name: product?.name ?? line.name,
          ean: product?.barcode ?? line.barcodes[0] ?? '',
          barcodes: [...new Set([...(product?.barcodes ?? []), ...line.barcodes])],
          location,
          locationCode: locationCode(location),
          parts: [],
          wanted: 0,
          picked: 0,
          toPick: 0,
          done: false,
        };
        stops.set(line.sku, stop);
      }
      const toPick = Math.max(0, want - picked(line));
      stop.parts.push({
        orderId: order.id,
        orderNumber: order.number,
        lineId: line.id,
        slot,
        wanted: want,
        picked: picked(line),
        rejected: line.rejected,
        toPick,
      });
      stop.wanted += want;
      stop.picked += Math.min(picked(line), want);
      stop.toPick += toPick;
    }
    summary.push({
      orderId: order.id,
      number: order.number,
      slot,
      kind: order.kind,
      status: order.status,
      cancelled,
      lines: order.lines.length,
      linesDone,
      units,
      unitsPicked,
    });
  });
  const list = [...stops.values()]
    .filter((s) => s.wanted > 0 || s.picked > 0)
    .map((s) => ({ ...s, done: s.toPick === 0 }))
    .sort(byLocation);
  return { stops: list, orders: summary, done: list.every((s) => s.done) };
}

export type ScanMatch =
  | { kind: 'item'; stop: WalkStop }
  | { kind: 'already_picked'; stop: WalkStop }
  | { kind: 'location'; stop: WalkStop }
  | { kind: 'none' };

/**
 * What a scan means in the walk: an item of the current stop, or of another stop
 * still to pick (wherever it is in the walk), an item already complete, or a
 * location label (AISLE-BAY-SHELF, or just AISLE-BAY / AISLE).
 */
export function matchScan(walk: Walk, code: string, currentKey?: string): ScanMatch {
  const value = code.trim();
  const gtin = normalizeGtin(value);
  const items = walk.stops.filter((s) => s.barcodes.some((b) => normalizeGtin(b) === gtin));
  if (items.length > 0) {
    const open =
      items.find((s) => s.key === currentKey && !s.done) ?? items.find((s) => !s.done) ?? undefined;
    return open ? { kind: 'item', stop: open } : { kind: 'already_picked', stop: items[0] as WalkStop };
  }
  const label = value.toUpperCase();
  const at = (s: WalkStop) => {
    const full = s.locationCode.toUpperCase();
    return full === label || full.startsWith(`${label}-`);
  };
  const place = walk.stops.find((s) => at(s) && !s.done) ?? walk.stops.find(at);
  return place ? { kind: 'location', stop: place } : { kind: 'none' };
}

/** Spread units over the orders of a stop that still need them, in tote order. */
export function allocate(stop: WalkStop, qty: number): { part: WalkPart; qty: number }[] {
  const out: { part: WalkPart; qty: number }[] = [];
  let left = qty;
  for (const part of stop.parts) {
    if (left === 0) break;
    const take = Math.min(part.toPick, left);
    if (take > 0) out.push({ part, qty: take });
    left -= take;
  }
  return out;
}

/** The order a mistaken unit comes back from: the last tote holding one. */
export function lastPicked(stop: WalkStop): WalkPart | undefined {
  return [...stop.parts].reverse().find((p) => p.picked > 0);
}

/** The next stop still to pick after (or, wrapping, before) the given one. */
export function nextOpen(walk: Walk, fromKey?: string): WalkStop | undefined {
  const index = walk.stops.findIndex((s) => s.key === fromKey);
  const after = walk.stops.slice(index + 1).find((s) => !s.done);
  return after ?? walk.stops.find((s) => !s.done);
}
