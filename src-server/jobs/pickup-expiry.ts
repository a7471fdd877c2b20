import { createHash } from 'node:crypto';
import type { CommandEnvelope } from '@shared/commands/envelope';
import { expiresAt } from '@shared/commands/expire-pickup';
import { type Database, transaction } from '../db/database';
import { applyWithin } from '../sync/apply-commands';

/** Advisory lock key of the job: one instance runs it at a time, the others skip that round. */
const LOCK_KEY = 7_310_452_001;
/** Orders handled per round at most (the rest wait for the next round). */
const BATCH = 500;
const OPEN_STATUSES = ['assigned', 'picking', 'picked', 'ready_for_pickup'];

export type ExpiryRound = { ran: boolean; cancelled: number; refused: number };

/**
 * The command that expires one pickup deadline. Its id is derived from the
 * order and its pickup-by date, so two instances (or two rounds) asking for the
 * same expiry write one command: the service applies a command id once.
 */
export function expiryCommand(orderId: string, pickupBy: string, now: string): CommandEnvelope {
  const digest = createHash('sha256').update(`${orderId}\u0000${pickupBy}`).digest('hex').slice(0, 40);
  return {
    id: `expire:${digest}`,
    type: 'expire_pickup',
    orderId,
    deviceId: 'service',
    staffId: 'pickup-expiry',
    deviceTime: now,
    payload: { orderId },
  };
}

/**
 * One round of the pickup-expiry job: every Click & Collect order nobody
 * collected `pickupExpiryHours` after its pickup-by date (a store setting; 0 or
 * absent = off) is cancelled through the one reducer (expire_pickup), which
 * opens the put-away tasks and the OMS event. Safe with several instances: a
 * transaction-level advisory lock lets one run the round, the others skip it;
 * and a command id per deadline makes a repeated round change nothing.
 */
export async function runPickupExpiry(db: Database, now: () => string): Promise<ExpiryRound> {
  return transaction(db, async (client) => {
    const locked = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [
      LOCK_KEY,
    ]);
    if (!locked.rows[0]?.ok) return { ran: false, cancelled: 0, refused: 0 };
    const at = now();
    const { rows } = await client.query<{ store_id: string; id: string; pickup_by: string; hours: number }>(
      `SELECT o.store_id, o.id, o.doc->>'pickupBy' AS pickup_by,
              (s.doc->'settings'->>'pickupExpiryHours')::int AS hours
       FROM projections o
       JOIN projections s ON s.store_id = o.store_id AND s.collection = 'store' AND s.id = o.store_id
       WHERE o.collection = 'orders' AND NOT o.deleted
         AND o.doc->>'kind' = 'click_and_collect'
         AND o.doc->>'status' = ANY($1::text[])
         AND o.doc->>'pickupBy' <> ''
         AND jsonb_typeof(s.doc->'settings'->'pickupExpiryHours') = 'number'
         AND (s.doc->'settings'->>'pickupExpiryHours')::int > 0
       ORDER BY o.store_id, o.id`,
      [OPEN_STATUSES],
    );
    const due = rows.filter((r) => expiresAt(r.pickup_by, r.hours) <= Date.parse(at)).slice(0, BATCH);
    const byStore = new Map<string, CommandEnvelope[]>();
    for (const row of due) {
      const list = byStore.get(row.store_id) ?? [];
      list.push(expiryCommand(row.id, row.pickup_by, at));
      byStore.set(row.store_id, list);
    }
    let cancelled = 0;
    let refused = 0;
    for (const [storeId, commands] of byStore) {
      const { receipts } = await applyWithin(client, storeId, commands, 'oms', () => at);
      for (const receipt of receipts) {
        if (receipt.duplicate) continue;
        if (receipt.outcome === 'rejected') refused += 1;
        else cancelled += 1;
      }
    }
    return { ran: true, cancelled, refused };
  });
}

/** Run the job every `intervalMs` (0 = never) until stopped; a failed round is logged and retried next time. */
export function schedulePickupExpiry(
  db: Database,
  now: () => string,
  intervalMs: number,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  if (intervalMs <= 0) return { stop: async () => undefined };
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => runPickupExpiry(db, now).catch(onError));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
