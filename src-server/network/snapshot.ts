import { isPaused, remainingCapacity } from '@shared/domain/capacity';
import type { OrderKind } from '@shared/domain/codes';
import { storeLocalDate } from '@shared/domain/time';
import { netAvailable } from '@shared/network/availability';
import type { CandidateStore } from '@shared/network/sourcing';
import { capacityId } from '@shared/schemas/capacity';
import type { PauseState } from '@shared/schemas/store';
import { readStoreLocations } from './locations';
import { loadSafetyStock } from './safety-stock';
import { type Queryable, readStockRows } from './stock-rows';

/**
 * What sourcing weighs, read together: the network's stores (their pauses and today's capacity
 * for the order's kind, on each store's own day), where they are, and the net available of the
 * order's SKUs in each (safety stock applied). Run it inside one transaction.
 */
export async function readCandidates(
  db: Queryable,
  storeIds: readonly string[] | null,
  kind: OrderKind,
  skus: readonly string[],
  now: string,
): Promise<CandidateStore[]> {
  // Only what sourcing weighs of each store document: its zone (its day) and the pause of this kind.
  // Every store when the network names none: by id, so the projections' primary key finds them.
  const wanted =
    storeIds ?? (await db.query<{ id: string }>('SELECT id FROM stores ORDER BY id')).rows.map((r) => r.id);
  const stores = await db.query<{ id: string; timezone: string; pause: PauseState }>(
    `SELECT p.store_id AS id, p.doc->>'timezone' AS timezone, p.doc->'fulfilment'->$2::text AS pause
     FROM projections p
     WHERE p.store_id = ANY($1::text[]) AND p.collection = 'store' AND p.id = p.store_id
     ORDER BY p.store_id`,
    [wanted, kind],
  );
  const ids = stores.rows.map((r) => r.id);
  // Each store's day, once per time zone (a date formatter is not free; stores share a few zones).
  const days = new Map<string, string>();
  const dayOf = (zone: string) => days.get(zone) ?? days.set(zone, storeLocalDate(now, zone)).get(zone) ?? '';
  const dayIds = stores.rows.map((r) => capacityId(dayOf(r.timezone), kind));
  const capacity = await db.query<{ store_id: string; limit: number | null; assigned: number }>(
    `SELECT p.store_id, (p.doc->>'limit')::integer AS limit, (p.doc->>'assigned')::integer AS assigned
     FROM projections p JOIN unnest($1::text[], $2::text[]) AS w(store_id, id)
       ON p.store_id = w.store_id AND p.collection = 'capacity' AND p.id = w.id`,
    [ids, dayIds],
  );
  const capacityOf = new Map(capacity.rows.map((r) => [r.store_id, r]));
  const locations = await readStoreLocations(db, ids);
  const unique = [...new Set(skus)];
  const rows = await readStockRows(db, unique, ids);
  const safety = await loadSafetyStock(db, unique);
  const stock = new Map<string, Map<string, number>>();
  for (const [sku, levels] of rows) {
    for (const level of levels) {
      const net = netAvailable(level, safety.of(level.storeId, sku));
      const of = stock.get(level.storeId) ?? new Map<string, number>();
      of.set(sku, net);
      stock.set(level.storeId, of);
    }
  }
  return stores.rows.map(({ id, pause }) => {
    const day = capacityOf.get(id);
    const location = locations.get(id);
    return {
      storeId: id,
      location: location ? { latitude: location.latitude, longitude: location.longitude } : null,
      paused: pause ? isPaused(pause, now) : false,
      remainingCapacity: day ? remainingCapacity(day) : null,
      stock: stock.get(id) ?? new Map(),
    };
  });
}
