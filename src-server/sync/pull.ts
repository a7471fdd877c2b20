import {
  CATALOGUE_COLLECTIONS,
  PULL_COLLECTIONS,
  type PullCollection,
  type PullPart,
  type PullResponse,
  type StorePullResponse,
} from '@shared/sync/protocol';
import type { Database } from '../db/database';
import type { JsonText } from '../http/json-text';

/**
 * Each document's JSON as the database writes it: the service neither parses nor serializes the
 * documents of a page (the page is built around their text). Every document was checked against
 * its schema when written (validation/documents.ts): an object with its required fields, and no
 * `_deleted` of its own (the schemas allow no other property).
 */
const DOC_JSON = 'doc::text AS json, deleted';

/** The document's JSON with `_deleted` first (`{...doc, _deleted}`, as JSON text). */
function pulledJson(row: { json: string; deleted: boolean }): string {
  const rest = row.json.slice(1).trimStart();
  return `{"_deleted":${row.deleted ? 'true' : 'false'}${rest === '}' ? '' : ','}${rest}`;
}

/**
 * A page and the store's head in one statement (one round trip, one snapshot): the head is the
 * store's sequence in the snapshot the page is read from. Writers of a store commit in sequence
 * order (its row lock), so every row numbered up to the head is in that snapshot, and a page that
 * ends short holds every row up to the head. `page` gets the tombstone bound as SQL (the head
 * itself for a fresh device) and selects from projections with parameters from $2 on ($1 is the store).
 */
async function pageWithHead<Row extends { seq: number }>(
  db: Database,
  skip: TombstoneSkip,
  page: (boundSql: string) => { sql: string; params: unknown[] },
): Promise<{ head: number; bound: number | undefined; rows: Row[] }> {
  const boundSql = skip === undefined ? '-1' : 'fresh' in skip ? 'h.seq' : String(Number(skip.upTo));
  const { sql, params } = page(boundSql);
  // An empty page is one row of nulls beside the head. The rows are put in order here, not by the
  // statement: a sort there would copy every document's text (already in order, this is one pass).
  const { rows } = await db.pool.query<Row & { head: number }>(
    `SELECT h.seq AS head, p.* FROM stores h LEFT JOIN LATERAL (${sql}) p ON true WHERE h.id = $1`,
    params,
  );
  const head = Number(rows[0]?.head ?? 0);
  const bound = skip === undefined ? undefined : 'fresh' in skip ? head : skip.upTo;
  const found: Row[] = [];
  for (const { head: _, ...row } of rows) if (row.seq !== null) found.push(row as unknown as Row);
  found.sort((a, b) => Number(a.seq) - Number(b.seq));
  return { head, bound, rows: found };
}

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
): Promise<JsonText<PullResponse<Record<string, unknown>>>> {
  const own = ownRows(collection, storeId, deviceId);
  const n = own.params.length;
  const { head, bound, rows } = await pageWithHead<{ json: string; deleted: boolean; seq: number }>(
    db,
    skip,
    (boundSql) => ({
      sql: `SELECT ${DOC_JSON}, seq FROM projections
          WHERE ${own.clause} AND (NOT deleted OR seq > ${boundSql}) AND seq > $${n + 1}
          ORDER BY seq LIMIT $${n + 2}`,
      params: [...own.params, after, limit],
    }),
  );
  // Tombstones at or below the bound are left out (-1: none is).
  const clause = `${own.clause} AND (NOT deleted OR seq > ${Number(bound ?? -1)}) AND seq > $${n + 1}`;
  const params = [...own.params];
  const last = rows.at(-1)?.seq ?? after;
  let remaining = 0;
  if (rows.length === limit) {
    const count = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM projections WHERE ${clause}`,
      [...params, last],
    );
    remaining = count.rows[0]?.n ?? 0;
  }
  const checkpoint = { seq: Number(last), ...(bound !== undefined ? { skipDeletedUpTo: bound } : {}) };
  return `{"documents":[${rows.map(pulledJson).join(',')}],"checkpoint":${JSON.stringify(checkpoint)},"remaining":${remaining},"head":${head}}`;
}

/** The rows of a part of the store a device may see (receipts: only its own), from $3 on. */
function partRows(part: PullPart, storeId: string, deviceId: string) {
  const catalogue = `collection IN (${CATALOGUE_COLLECTIONS.map((c) => `'${c}'`).join(', ')})`;
  if (part === 'catalogue')
    return { clause: `store_id = $1 AND ${catalogue} AND $2::text IS NOT NULL`, params: [storeId, ''] };
  const own = "(collection <> 'receipts' OR device_id = $2)";
  const clause =
    part === 'work' ? `store_id = $1 AND NOT ${catalogue} AND ${own}` : `store_id = $1 AND ${own}`;
  return { clause, params: [storeId, deviceId] };
}

/**
 * A part's page as one ordered scan per collection, merged: each collection's rows come in sequence order
 * from its index (`projections_pull`, receipts `projections_receipts`), and the merge reads about `limit`
 * rows in all. (One scan for the part's collections at once read every row left after the checkpoint
 * and sorted them, documents and all, for each page.) Parameters as `partRows`.
 */
function partPageSql(part: PullPart, tombstones: string): string {
  const catalogue = CATALOGUE_COLLECTIONS as readonly PullCollection[];
  const collections = PULL_COLLECTIONS.filter((c) =>
    part === 'all' ? true : part === 'catalogue' ? catalogue.includes(c) : !catalogue.includes(c),
  );
  const scans = collections.map((c) => {
    const own = c === 'receipts' ? 'AND device_id = $2' : '';
    return `(SELECT collection, ${DOC_JSON}, seq FROM projections
      WHERE store_id = $1 AND collection = '${c}' ${own} AND ${tombstones} AND seq > $3 ORDER BY seq LIMIT $4)`;
  });
  // $2 is the device (receipts); a part without receipts still names it.
  const device = collections.includes('receipts') ? '' : 'WHERE $2::text IS NOT NULL';
  return `SELECT * FROM (${scans.join(' UNION ALL ')}) scans ${device} ORDER BY seq LIMIT $4`;
}

/**
 * One page of the whole store after a store sequence, every collection at once (one
 * checkpoint for the device). Rows of a store never share a sequence number, so a page
 * ends on a row and the next starts after it. A device that starts empty leaves out the
 * tombstones numbered up to the head of its first page (as `pullPage` does).
 */
export async function pullStorePage(
  db: Database,
  storeId: string,
  deviceId: string,
  part: PullPart,
  after: number,
  limit: number,
  skip?: TombstoneSkip,
): Promise<JsonText<StorePullResponse>> {
  const rowsOf = partRows(part, storeId, deviceId);
  const { head, bound, rows } = await pageWithHead<{
    collection: PullCollection;
    json: string;
    deleted: boolean;
    seq: number;
  }>(db, skip, (boundSql) => ({
    sql: partPageSql(part, `(NOT deleted OR seq > ${boundSql})`),
    params: [...rowsOf.params, after, limit],
  }));
  // Tombstones at or below the bound are left out (-1: none is).
  const where = `${rowsOf.clause} AND (NOT deleted OR seq > ${Number(bound ?? -1)}) AND seq > $3`;
  // Each collection's documents, in store-sequence order.
  const collections = new Map<PullCollection, string[]>();
  for (const row of rows) {
    const list = collections.get(row.collection);
    if (list) list.push(pulledJson(row));
    else collections.set(row.collection, [pulledJson(row)]);
  }
  const last = rows.length > 0 ? Number(rows.at(-1)?.seq) : after;
  let remaining = 0;
  if (rows.length === limit) {
    const count = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM projections WHERE ${where}`,
      [...rowsOf.params, last],
    );
    remaining = count.rows[0]?.n ?? 0;
  }
  const checkpoint = { seq: last, ...(bound !== undefined ? { skipDeletedUpTo: bound } : {}) };
  const lists = [...collections].map(([c, docs]) => `${JSON.stringify(c)}:[${docs.join(',')}]`);
  return `{"collections":{${lists.join(',')}},"count":${rows.length},"checkpoint":${JSON.stringify(checkpoint)},"remaining":${remaining},"head":${head}}`;
}
