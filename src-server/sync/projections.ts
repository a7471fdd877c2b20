import { own, type Records, records } from '@shared/domain/records';
import type { PullCollection } from '@shared/sync/protocol';
import type pg from 'pg';

type Queryable = Pick<pg.PoolClient, 'query'>;

/** Documents of one collection of a store, by id (tombstones included). */
export async function projectionsByIds<T>(
  db: Queryable,
  storeId: string,
  collection: PullCollection,
  ids: readonly string[],
): Promise<Records<T>> {
  if (ids.length === 0) return records();
  const { rows } = await db.query<{ id: string; doc: T }>(
    'SELECT id, doc FROM projections WHERE store_id = $1 AND collection = $2 AND id = ANY($3::text[])',
    [storeId, collection, ids],
  );
  return records(rows.map((r) => [r.id, r.doc] as const));
}

export async function projection<T>(
  db: Queryable,
  storeId: string,
  collection: PullCollection,
  id: string,
): Promise<T | undefined> {
  return own(await projectionsByIds<T>(db, storeId, collection, [id]), id);
}

export type ProjectionRow = {
  id: string;
  seq: number;
  deleted: boolean;
  doc: unknown;
  order_id?: string;
  device_id?: string;
};

/** The upsert of projection rows (ProjectionRow and its collection) from a JSON parameter, `store` the store. */
export function projectionsUpsert(json: string, store: string): string {
  return `INSERT INTO projections (store_id, collection, id, seq, deleted, order_id, device_id, doc)
     SELECT ${store}, x.collection, x.id, x.seq, x.deleted, coalesce(x.order_id, ''), coalesce(x.device_id, ''), x.doc
     FROM jsonb_to_recordset(${json}::jsonb)
       AS x(collection text, id text, seq bigint, deleted boolean, order_id text, device_id text, doc jsonb)
     ON CONFLICT (store_id, collection, id) DO UPDATE
       SET seq = EXCLUDED.seq, deleted = EXCLUDED.deleted, order_id = EXCLUDED.order_id,
           device_id = EXCLUDED.device_id, doc = EXCLUDED.doc`;
}

/** Insert or replace documents of one collection (one statement whatever the count). */
export async function upsertProjections(
  db: Queryable,
  storeId: string,
  collection: PullCollection,
  rows: readonly ProjectionRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.query(projectionsUpsert('$2', '$1'), [
    storeId,
    JSON.stringify(rows.map((r) => ({ ...r, collection }))),
  ]);
}
