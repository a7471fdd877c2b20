import { CLOSED_STATUSES } from '@shared/domain/codes';
import type { PullCollection } from '@shared/sync/protocol';
import { type Database, transaction } from '../db/database';
import { notifyStore } from '../sync/apply-commands';

/** Advisory lock key of the job: one instance runs a round at a time, the others skip it. */
const LOCK_KEY = 7_310_452_002;
/** Documents tombstoned per round at most: a round holds its stores' locks briefly; a full round runs again at once. */
export const TOMBSTONE_BATCH = 2000;
const DAY_MS = 86_400_000;

/** Rows due: closed orders and done tasks, not tombstoned yet, last changed before a time (SQL parameters named). */
function due(before: string, statuses: string): string {
  return `collection IN ('orders', 'tasks') AND NOT deleted
    AND (doc->>'updatedAt')::timestamptz < ${before}::timestamptz
    AND ((collection = 'orders' AND doc->>'status' = ANY(${statuses}::text[]))
      OR (collection = 'tasks' AND doc->>'status' = 'done'))`;
}

export type TombstoneRound = { ran: boolean; orders: number; tasks: number; full: boolean };

/**
 * One round of the tombstone job: closed orders (shipped, collected, rejected, cancelled) and
 * done tasks whose last change is older than the store's `settings.keepClosedDays`, else `keepDays`
 * (the service's CLOSED_KEEP_DAYS), leave the devices. Each becomes a
 * `_deleted` row of the pull stream with a new store sequence number, drawn under the store's
 * row lock like any write, so a pull checkpoint never skips it; devices then purge it (RxDB's
 * cleanup). The service keeps the document (OMS reads, returns, look-ups by number); a later
 * command on it writes it back as a live document.
 *
 * Safe with several instances: a transaction-level advisory lock lets one run the round, the
 * others skip it; under the store lock a row already tombstoned is not selected again.
 */
export async function runTombstones(
  db: Database,
  now: () => string,
  keepDays: number,
): Promise<TombstoneRound> {
  return transaction(db, async (client) => {
    const idle = { ran: false, orders: 0, tasks: 0, full: false };
    const locked = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [
      LOCK_KEY,
    ]);
    if (!locked.rows[0]?.ok) return idle;
    const at = Date.parse(now());
    const closed = [...CLOSED_STATUSES];
    // Each store's own keepClosedDays, else the service's.
    const stores = await client.query<{ id: string; days: number }>(
      `SELECT s.id,
              CASE WHEN jsonb_typeof(p.doc->'settings'->'keepClosedDays') = 'number'
                   THEN (p.doc->'settings'->>'keepClosedDays')::int ELSE $1::int END AS days
         FROM stores s
         LEFT JOIN projections p ON p.store_id = s.id AND p.collection = 'store' AND p.id = s.id
        ORDER BY s.id`,
      [keepDays],
    );
    let left = TOMBSTONE_BATCH;
    const round = { ran: true, orders: 0, tasks: 0, full: false };
    for (const { id: storeId, days } of stores.rows) {
      if (left <= 0) break;
      const before = new Date(at - days * DAY_MS).toISOString();
      // Look before locking: most stores have nothing due in most rounds.
      const any = await client.query(
        `SELECT 1 FROM projections WHERE store_id = $1 AND ${due('$2', '$3')} LIMIT 1`,
        [storeId, before, closed],
      );
      if (any.rows.length === 0) continue;
      // The store's writers serialise on its row: numbers drawn here commit in order with theirs.
      const head = await client.query<{ seq: number }>('SELECT seq FROM stores WHERE id = $1 FOR UPDATE', [
        storeId,
      ]);
      const seq = head.rows[0]?.seq ?? 0;
      const { rows } = await client.query<{ collection: 'orders' | 'tasks'; n: number }>(
        `WITH picked AS (
           SELECT collection, id, row_number() OVER (ORDER BY seq, collection, id) AS n
           FROM projections WHERE store_id = $1 AND ${due('$2', '$3')}
           ORDER BY seq, collection, id LIMIT $4
         )
         UPDATE projections p
            SET deleted = true, seq = $5 + picked.n, doc = jsonb_set(p.doc, '{seq}', to_jsonb($5 + picked.n))
           FROM picked
          WHERE p.store_id = $1 AND p.collection = picked.collection AND p.id = picked.id
         RETURNING p.collection, picked.n`,
        [storeId, before, closed, left, seq],
      );
      if (rows.length === 0) continue;
      left -= rows.length;
      const last = seq + rows.length;
      await client.query('UPDATE stores SET seq = $2 WHERE id = $1', [storeId, last]);
      const collections = new Set<PullCollection>();
      for (const row of rows) {
        collections.add(row.collection);
        if (row.collection === 'orders') round.orders += 1;
        else round.tasks += 1;
      }
      await notifyStore(client, storeId, last, [...collections]);
    }
    round.full = left <= 0;
    return round;
  });
}

/**
 * Run the job every `intervalMs` (0 = never) until stopped; a full round is followed by another
 * at once (a backlog drains in slices), a failed round is logged and retried next time.
 */
export function scheduleTombstones(
  db: Database,
  now: () => string,
  options: { intervalMs: number; keepDays: number },
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  if (options.intervalMs <= 0) return { stop: async () => undefined };
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const drain = async () => {
    for (;;) {
      if (stopped) return;
      const round = await runTombstones(db, now, options.keepDays);
      if (!round.full) return;
    }
  };
  const timer = setInterval(() => {
    running = running.then(() => drain().catch(onError));
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
