import type { PullCollection, PullResponse } from '@shared/sync/protocol';
import type { Database } from '../db/database';

/** Rows of a collection a device may see: its store's, and for receipts only its own. */
function ownRows(collection: PullCollection, storeId: string, deviceId: string) {
  return collection === 'receipts'
    ? { clause: "store_id = $1 AND collection = 'receipts' AND device_id = $2", params: [storeId, deviceId] }
    : { clause: 'store_id = $1 AND collection = $2', params: [storeId, collection] };
}

/**
 * Tombstones a pull may leave out: `fresh` (the device holds nothing of the collection) leaves out those
 * numbered up to the head read now, and the checkpoint carries that bound for the next pages.
 */
export type TombstoneSkip = { fresh: true } | { upTo: number } | undefined;

/**
 * One page of a collection after a checkpoint, in store-sequence order. A full
 * page (limit rows) whenever more rows exist: a shorter page tells RxDB the
 * catch-up is over.
 *
 * A device that started the collection empty skips tombstones numbered up to the head of its first
 * page: their document was deleted before that sync began, so it never reached this device (a
 * document it did get and that is deleted later gets a higher number, and comes down).
 */
export async function pullPage(
  db: Database,
  storeId: string,
  deviceId: string,
  collection: PullCollection,
  after: number,
  limit: number,
  skip?: TombstoneSkip,
): Promise<PullResponse<Record<string, unknown>>> {
  // Read first: writers of a store commit in sequence order, so every row up to head is visible to the next query.
  const store = await db.pool.query<{ seq: number }>('SELECT seq FROM stores WHERE id = $1', [storeId]);
  const head = store.rows[0]?.seq ?? 0;
  const bound = skip === undefined ? undefined : 'fresh' in skip ? head : skip.upTo;
  const own = ownRows(collection, storeId, deviceId);
  const n = own.params.length;
  // Tombstones at or below the bound are left out (-1: none is).
  const clause = `${own.clause} AND (NOT deleted OR seq > $${n + 1}) AND seq > $${n + 2}`;
  const params = [...own.params, bound ?? -1];
  const { rows } = await db.pool.query<{ doc: Record<string, unknown>; deleted: boolean; seq: number }>(
    `SELECT doc, deleted, seq FROM projections WHERE ${clause} ORDER BY seq LIMIT $${n + 3}`,
    [...params, after, limit],
  );
  const last = rows.at(-1)?.seq ?? after;
  let remaining = 0;
  if (rows.length === limit) {
    const count = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM projections WHERE ${clause}`,
      [...params, last],
    );
    remaining = count.rows[0]?.n ?? 0;
  }
  return {
    documents: rows.map((r) => ({ ...r.doc, _deleted: r.deleted })),
    checkpoint: { seq: last, ...(bound !== undefined ? { skipDeletedUpTo: bound } : {}) },
    remaining,
    head,
  };
}
