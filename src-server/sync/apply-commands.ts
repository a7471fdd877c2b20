import type { CommandSource } from '@shared/commands';
import { definitionOf } from '@shared/commands';
import type { CommandEnvelope } from '@shared/commands/envelope';
import { applyBatch, type BatchResult } from '@shared/reducer/batch';
import { commandScope, mergeScopes } from '@shared/reducer/scope';
import type { StoreState } from '@shared/reducer/state';
import type { StoreDoc } from '@shared/schemas/store';
import type { PullCollection, PushReceipt } from '@shared/sync/protocol';
import pg from 'pg';
import { type Database, statements, textArrayLiteral, transaction } from '../db/database';
import { runFaultHook } from './faults';
import { loadSlice } from './load-slice';
import { persistBatch } from './persist';
import { quarantineCommand } from './quarantine';
import { StoreTurns } from './store-turns';

export class UnknownStoreError extends Error {
  constructor(readonly storeId: string) {
    super(`store ${storeId} does not exist`);
  }
}

/** A device pushed a command id another device already used (ids are the devices' UUIDs). */
export class CommandIdTakenError extends Error {
  constructor(readonly commandId: string) {
    super(`command id ${commandId} was already used by another device; nothing of this push was stored`);
  }
}

export type Applied = {
  receipts: PushReceipt[];
  /** The store state after the batch (the slice it touched), for callers that answer with documents. */
  state: StoreState | undefined;
  seq: number;
  /** The transaction was committed with the batch's write (applyWithin's `own`). */
  committed: boolean;
};

type Known = { id: string; seq: number; outcome: PushReceipt['outcome']; reason: string; device_id: string };

/**
 * Lock the store (its writes are serialized) and read its sequence; then, in a statement of
 * its own (a snapshot taken once the lock is held, so nothing committed before is missed), its
 * document and the commands already stored under these ids; then set the savepoint `batch`
 * (runIsolated). One round trip: the statements go together, with BEGIN in front when `begin`.
 */
export async function lockStore(
  client: pg.PoolClient,
  storeId: string,
  ids: readonly string[] = [],
  begin = false,
): Promise<{ seq: number; store: StoreDoc; known: Known[] }> {
  const store = pg.escapeLiteral(storeId);
  const results = await statements(client, [
    ...(begin ? ['BEGIN'] : []),
    `SELECT seq FROM stores WHERE id = ${store} FOR UPDATE`,
    `SELECT (SELECT doc FROM projections WHERE store_id = ${store} AND collection = 'store' AND id = ${store}) AS store,
            (SELECT coalesce(json_agg(json_build_object('id', id, 'seq', seq, 'outcome', outcome, 'reason', reason,
               'device_id', device_id)), '[]') FROM commands
              WHERE store_id = ${store} AND id = ANY(${textArrayLiteral(ids)})) AS known`,
    'SAVEPOINT batch',
  ]);
  const [locked, read] = results.slice(begin ? 1 : 0);
  const row = locked?.rows[0] as { seq: number } | undefined;
  if (!row) throw new UnknownStoreError(storeId);
  const found = read?.rows[0] as { store: StoreDoc | null; known: Known[] } | undefined;
  if (!found?.store) throw new UnknownStoreError(storeId);
  return { seq: Number(row.seq), store: found.store, known: found.known };
}

export function notifyStore(
  client: pg.PoolClient,
  storeId: string,
  seq: number,
  collections: PullCollection[],
) {
  // NOTIFY is transactional: listeners hear it only once the writes are committed.
  return client.query('SELECT pg_notify($1, $2)', ['store_changed', pokePayload(storeId, seq, collections)]);
}

function pokePayload(storeId: string, seq: number, collections: Iterable<PullCollection>): string {
  return JSON.stringify({ storeId, seq, collections: [...collections] });
}

/** What a poke names: the receipts, and the collections the runs changed. */
function pokedCollections(runs: readonly Pick<BatchResult, 'changes'>[]): Set<PullCollection> {
  const collections = new Set<PullCollection>(['receipts']);
  for (const run of runs) for (const change of run.changes) collections.add(change.collection);
  return collections;
}

type Ran = Pick<BatchResult, 'seq' | 'receipts' | 'changes'> & {
  state: StoreState | undefined;
  store: StoreDoc;
};

/**
 * Load, reduce and write one run of commands (the caller holds the store's lock). `last`: no
 * other run follows in this transaction, so the write statement also advances the store's
 * sequence and NOTIFYs the poke; `commit`: and the transaction's COMMIT goes with it.
 */
async function runBatch(
  client: pg.PoolClient,
  store: StoreDoc,
  commands: readonly CommandEnvelope[],
  source: CommandSource,
  at: string,
  seq: number,
  last = false,
  commit = false,
): Promise<Ran> {
  for (const command of commands) runFaultHook(command);
  const scope = mergeScopes(commands.map((c) => commandScope(definitionOf(c.type), c, { now: at, store })));
  const loaded = await loadSlice(client, store, scope);
  const result = applyBatch(loaded.state, commands, { now: at, seq });
  const finish = last
    ? { seq: result.seq, poke: pokePayload(store.id, result.seq, pokedCollections([result])) }
    : undefined;
  await persistBatch(client, store.id, source, commands, result, { finish, commit, loaded });
  return { ...result, store: result.state.store };
}

/**
 * Apply the commands in one run; if anything fails unexpectedly (a bug, not a
 * business refusal), undo it and apply them one by one: the command that fails
 * is quarantined and answered 'internal_error', the others apply.
 */
async function runIsolated(
  client: pg.PoolClient,
  store: StoreDoc,
  commands: readonly CommandEnvelope[],
  source: CommandSource,
  at: string,
  seq: number,
  commit: boolean,
): Promise<{ runs: Ran[]; notified: boolean; committed: boolean }> {
  // The savepoint batch was set with the store's lock (lockStore).
  try {
    // Not released: the savepoint ends with the transaction (one statement less).
    const run = await runBatch(client, store, commands, source, at, seq, true, commit);
    return { runs: [run], notified: true, committed: commit };
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT batch');
  }
  const runs: Ran[] = [];
  let current = { store, seq };
  for (const command of commands) {
    await client.query('SAVEPOINT one');
    let ran: Ran;
    try {
      ran = await runBatch(client, current.store, [command], source, at, current.seq);
      await client.query('RELEASE SAVEPOINT one');
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT one');
      ran = {
        ...(await quarantineCommand(client, current.store.id, source, command, error, at, current.seq)),
        store: current.store,
      };
    }
    runs.push(ran);
    current = { store: ran.store, seq: ran.seq };
  }
  return { runs, notified: false, committed: false };
}

/**
 * Apply commands for one store inside the caller's transaction, through the one
 * reducer: device pushes and OMS calls alike. A command id seen before changes
 * nothing and gets its first receipt back (a retried push, a lost response).
 * `again` lists ids to apply anew even though they are known (a quarantine replay).
 */
export async function applyWithin(
  client: pg.PoolClient,
  storeId: string,
  commands: readonly CommandEnvelope[],
  source: CommandSource,
  now: () => string,
  /**
   * The transaction is this call's (applyCommands): BEGIN goes with the store's lock and, when the
   * batch runs in one piece, COMMIT with its write (`committed` in the answer).
   */
  own = false,
): Promise<Applied> {
  const ids = commands.map((c) => c.id);
  const { seq, store, known } = await lockStore(client, storeId, ids, own);
  const previous = new Map(known.map((r) => [r.id, { ...r, seq: Number(r.seq) }]));
  const fresh: CommandEnvelope[] = [];
  const batchIds = new Map<string, string>();
  for (const command of commands) {
    const first = previous.get(command.id)?.device_id ?? batchIds.get(command.id);
    // Ids are per device: another device's command under a known id is refused, never taken for a retry.
    if (source === 'device' && first !== undefined && first !== command.deviceId)
      throw new CommandIdTakenError(command.id);
    if (first !== undefined) continue;
    batchIds.set(command.id, command.deviceId);
    fresh.push(command);
  }

  let state: StoreState | undefined;
  let lastSeq = seq;
  let committed = false;
  const receipts = new Map<string, PushReceipt>();
  if (fresh.length > 0) {
    const isolated = await runIsolated(client, store, fresh, source, now(), seq, own);
    const { runs, notified } = isolated;
    committed = isolated.committed;
    for (const run of runs) {
      for (const r of run.receipts) {
        receipts.set(r.id, { id: r.id, outcome: r.outcome, reason: r.reason, seq: r.seq, duplicate: false });
      }
      state = run.state ?? state;
      lastSeq = run.seq;
    }
    // Commands applied one by one: the store's sequence and the poke in one statement of their own
    // (NOTIFY is heard once the transaction commits). A batch in one run did both in its write.
    if (!notified)
      await client.query(
        `WITH advanced AS (UPDATE stores SET seq = $2 WHERE id = $1) SELECT pg_notify('store_changed', $3)`,
        [storeId, lastSeq, pokePayload(storeId, lastSeq, pokedCollections(runs))],
      );
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
    committed,
  };
}

const turnsOf = new WeakMap<Database, StoreTurns>();

/**
 * Apply commands for one store in a transaction of their own (see applyWithin). A store's
 * transactions take turns on this instance before they take a pooled connection (StoreTurns).
 */
export async function applyCommands(
  db: Database,
  storeId: string,
  commands: readonly CommandEnvelope[],
  source: CommandSource,
  now: () => string = () => new Date().toISOString(),
): Promise<Applied> {
  let turns = turnsOf.get(db);
  if (!turns) {
    turns = new StoreTurns();
    turnsOf.set(db, turns);
  }
  // The transaction is applyWithin's own: BEGIN with the lock, COMMIT with the write when it can.
  return turns.run(storeId, () =>
    transaction(db, (client) => applyWithin(client, storeId, commands, source, now, true), {
      committed: (applied) => applied.committed,
    }),
  );
}
