import type { CommandSource } from '@shared/commands';
import { definitionOf } from '@shared/commands';
import type { CommandEnvelope } from '@shared/commands/envelope';
import { applyBatch } from '@shared/reducer/batch';
import { commandScope, mergeScopes } from '@shared/reducer/scope';
import type { StoreState } from '@shared/reducer/state';
import type { StoreDoc } from '@shared/schemas/store';
import type { PullCollection, PushReceipt } from '@shared/sync/protocol';
import type pg from 'pg';
import { type Database, transaction } from '../db/database';
import { loadSlice } from './load-slice';
import { persistBatch } from './persist';
import { projection } from './projections';

export class UnknownStoreError extends Error {
  constructor(readonly storeId: string) {
    super(`store ${storeId} does not exist`);
  }
}

export type Applied = {
  receipts: PushReceipt[];
  /** The store state after the batch (the slice it touched), for callers that answer with documents. */
  state: StoreState | undefined;
  seq: number;
};

/** Lock the store (its writes are serialized) and read its sequence and document. */
export async function lockStore(
  client: pg.PoolClient,
  storeId: string,
): Promise<{ seq: number; store: StoreDoc }> {
  const locked = await client.query<{ seq: number }>('SELECT seq FROM stores WHERE id = $1 FOR UPDATE', [
    storeId,
  ]);
  const row = locked.rows[0];
  if (!row) throw new UnknownStoreError(storeId);
  const store = await projection<StoreDoc>(client, storeId, 'store', storeId);
  if (!store) throw new UnknownStoreError(storeId);
  return { seq: row.seq, store };
}

export function notifyStore(
  client: pg.PoolClient,
  storeId: string,
  seq: number,
  collections: PullCollection[],
) {
  // NOTIFY is transactional: listeners hear it only once the writes are committed.
  return client.query('SELECT pg_notify($1, $2)', [
    'store_changed',
    JSON.stringify({ storeId, seq, collections }),
  ]);
}

/**
 * Apply commands for one store, in one transaction, through the one reducer:
 * device pushes and OMS calls alike. A command id seen before changes nothing
 * and gets its first receipt back (a retried push, a lost response).
 */
export async function applyCommands(
  db: Database,
  storeId: string,
  commands: readonly CommandEnvelope[],
  source: CommandSource,
  now: () => string = () => new Date().toISOString(),
): Promise<Applied> {
  return transaction(db, async (client) => {
    const { seq, store } = await lockStore(client, storeId);
    const ids = commands.map((c) => c.id);
    const known = await client.query<{
      id: string;
      seq: number;
      outcome: PushReceipt['outcome'];
      reason: string;
    }>('SELECT id, seq, outcome, reason FROM commands WHERE store_id = $1 AND id = ANY($2::text[])', [
      storeId,
      ids,
    ]);
    const previous = new Map(known.rows.map((r) => [r.id, r]));
    const fresh: CommandEnvelope[] = [];
    const batchIds = new Set<string>();
    for (const command of commands) {
      if (previous.has(command.id) || batchIds.has(command.id)) continue;
      batchIds.add(command.id);
      fresh.push(command);
    }

    let state: StoreState | undefined;
    let lastSeq = seq;
    const receipts = new Map<string, PushReceipt>();
    if (fresh.length > 0) {
      const at = now();
      const scope = mergeScopes(fresh.map((c) => commandScope(definitionOf(c.type), c, { now: at, store })));
      const slice = await loadSlice(client, store, scope);
      const result = applyBatch(slice, fresh, { now: at, seq });
      await persistBatch(client, storeId, source, fresh, result);
      await client.query('UPDATE stores SET seq = $2 WHERE id = $1', [storeId, result.seq]);
      const collections = new Set<PullCollection>(['receipts']);
      for (const change of result.changes) collections.add(change.collection);
      await notifyStore(client, storeId, result.seq, [...collections]);
      for (const r of result.receipts) {
        receipts.set(r.id, { id: r.id, outcome: r.outcome, reason: r.reason, seq: r.seq, duplicate: false });
      }
      state = result.state;
      lastSeq = result.seq;
    }
    const answered = new Set<string>();
    return {
      receipts: commands.map((c) => {
        const first = receipts.get(c.id);
        if (first && !answered.has(c.id)) {
          answered.add(c.id);
          return first;
        }
        const done = previous.get(c.id) ?? first;
        return {
          id: c.id,
          outcome: done?.outcome ?? 'rejected',
          reason: done?.reason ?? '',
          seq: done?.seq ?? 0,
          duplicate: true,
        };
      }),
      state,
      seq: lastSeq,
    };
  });
}
