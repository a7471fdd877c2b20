import type { PullCollection } from '@shared/sync/protocol';
import type { ReplicaDatabase } from './database';

/** A refused command, kept so someone can see what was lost and why. */
export type AttentionItem = {
  commandId: string;
  type: string;
  orderId: string;
  reason: string;
  detail: string;
  at: string;
};

export type SyncMeta = { lastSyncedAt: string | null; initialComplete: boolean };

/** Per pulled collection, the store sequence it has fully caught up with (settled commands leave the view then). */
export type CaughtUp = { seqs: Record<string, number> };

/**
 * Where the store pull stands: the store sequence every collection is written up to, and during
 * a first sync the catalogue's own (null once the catalogue has joined).
 */
export type PullCursor = {
  seq: number;
  catalogue: number | null;
  /**
   * Tombstones the pull leaves out: 'fresh' for a device that starts empty (its first page fixes the
   * bound, the service's head then), then that bound; absent, every tombstone comes down.
   */
  skipDeletedUpTo?: 'fresh' | number;
};

type Local = {
  attention: { items: AttentionItem[] };
  'sync-meta': SyncMeta;
  'caught-up': CaughtUp;
  'pull-cursor': PullCursor;
};

/** Device-only documents (never replicated): the needs-attention list and sync bookkeeping. */
export async function readLocal<K extends keyof Local>(
  db: ReplicaDatabase,
  key: K,
): Promise<Local[K] | undefined> {
  const doc = await db.getLocal<Local[K]>(key);
  return doc?.toJSON().data as Local[K] | undefined;
}

export async function writeLocal<K extends keyof Local>(
  db: ReplicaDatabase,
  key: K,
  value: Local[K],
): Promise<void> {
  await db.upsertLocal<Local[K]>(key, value);
}

export async function addAttention(db: ReplicaDatabase, items: AttentionItem[]): Promise<void> {
  const current = (await readLocal(db, 'attention'))?.items ?? [];
  const known = new Set(current.map((i) => i.commandId));
  await writeLocal(db, 'attention', { items: [...current, ...items.filter((i) => !known.has(i.commandId))] });
}

/**
 * Collections dropped and to be pulled again from zero: they have caught up with nothing, the store
 * pull starts again from the beginning, and the first-sync progress shows again while they come back.
 */
export async function forgetPulled(db: ReplicaDatabase, dropped: readonly PullCollection[]): Promise<void> {
  const seqs = { ...(await readLocal(db, 'caught-up'))?.seqs };
  for (const name of dropped) delete seqs[name];
  await writeLocal(db, 'caught-up', { seqs });
  const meta = await readLocal(db, 'sync-meta');
  if (meta) await writeLocal(db, 'sync-meta', { ...meta, initialComplete: false });
  // One cursor for the whole store: it starts again from zero (documents already held are left alone).
  if (dropped.length > 0) await writeLocal(db, 'pull-cursor', { seq: 0, catalogue: 0 });
}
