import type { PullCollection, PushReceipt } from '@shared/sync/protocol';
import { type RxReplicationState, replicateRxCollection } from 'rxdb/plugins/replication';
import type { Wake } from './backoff';
import { type LocalCommand, type ReplicaDatabase, toEnvelope } from './database';
import type { ServiceClient } from './http';
import { type AttentionItem, addAttention, writeLocal } from './local-meta';
import { pushCommands, serialize } from './push';
import { type PullCursor, StorePull } from './store-pull';
import type { SyncStateStore } from './sync-state';

export type ReplicationDeps = {
  db: ReplicaDatabase;
  client: ServiceClient;
  sync: SyncStateStore;
  wake: Wake;
  signal: AbortSignal;
  storeId: string;
  /** Where the pull stands (`readCursor`). */
  cursor: PullCursor;
  /** See `StorePullDeps.pipelinePages`. */
  pipelinePages?: boolean;
  onRefused?: (items: AttentionItem[]) => void;
  /** Receipts from a push response (already stored on the commands). */
  onReceipts?: (receipts: PushReceipt[]) => void;
  /** These collections have pulled every row up to this store sequence, and written them. */
  onCaughtUp?: (collections: readonly PullCollection[], seq: number) => void;
};

export type Replication = {
  /** The whole store, by store sequence, one checkpoint. */
  pull: StorePull;
  push: RxReplicationState<LocalCommand, unknown>;
  /** Pull again now (what the stream's pokes do). */
  reSync(): void;
  /** Resolves once the orders (and everything before the catalogue) are pulled for the first time. */
  ordersReady: Promise<void>;
  stop(): Promise<void>;
};

/**
 * One pull for the whole store (`StorePull`), and RxDB's push-only replication of
 * the commands. Neither throws for transient failures: they wait and retry with
 * backoff (RxDB itself would retry forever at a fixed pace and block the queue).
 */
export function startReplication(deps: ReplicationDeps): Replication {
  const { db, client, sync, wake, signal } = deps;
  const identity = `${deps.storeId}@${client.baseUrl}`;
  const pull = new StorePull({
    db,
    client,
    sync,
    wake,
    signal,
    cursor: deps.cursor,
    pipelinePages: deps.pipelinePages,
    onCaughtUp: (collections, seq) => deps.onCaughtUp?.(collections, seq),
    onInitialComplete: async () => {
      sync.initialComplete();
      await writeLocal(db, 'sync-meta', { lastSyncedAt: new Date().toISOString(), initialComplete: true });
    },
    onSynced: () => {
      if (sync.value.connection !== 'online' || signal.aborted) return;
      const at = new Date().toISOString();
      sync.synced(at);
      void writeLocal(db, 'sync-meta', {
        lastSyncedAt: at,
        initialComplete: sync.value.initial.complete,
      }).catch(() => undefined);
    },
  });

  const handlePush = serialize(
    async (rows: { newDocumentState: LocalCommand & { _deleted?: boolean } }[]) => {
      // Local clean-up removes old commands, and settling writes the receipt or refusal onto
      // a command: neither is something to tell the service.
      const commands = rows
        .map((r) => r.newDocumentState)
        .filter((c) => !c._deleted && !c.receipt && !c.refusal)
        .map(toEnvelope);
      await pushCommands(commands, {
        client,
        wake,
        signal,
        onTransient: (error) => sync.offline(error),
        onUnauthorized: (error) => sync.unauthorized(error.message),
        onReceipts: async (receipts) => {
          // The service has moved on: pull its effects now rather than wait for the poke.
          if (receipts.length > 0) pull.reSync();
          const byId = new Map(receipts.map((r) => [r.id, r]));
          const docs = await db.commands.findByIds([...byId.keys()]).exec();
          for (const [id, doc] of docs) {
            const r = byId.get(id);
            if (r && !doc.receipt)
              await doc.incrementalPatch({ receipt: { outcome: r.outcome, reason: r.reason, seq: r.seq } });
          }
          deps.onReceipts?.(receipts);
        },
        onRefused: async (items) => {
          const docs = await db.commands.findByIds(items.map((i) => i.commandId)).exec();
          for (const item of items) {
            await docs.get(item.commandId)?.incrementalPatch({
              refusal: { reason: item.reason, detail: item.detail.slice(0, 2000), at: item.at },
            });
          }
          await addAttention(db, items);
          deps.onRefused?.(items);
        },
      });
      return [];
    },
  );
  const push = replicateRxCollection<LocalCommand, unknown>({
    collection: db.commands,
    replicationIdentifier: `commands-v${db.commands.schema.version}-${identity}`,
    live: true,
    retryTime: 5000,
    waitForLeadership: false,
    toggleOnDocumentVisible: false,
    push: { batchSize: 100, handler: handlePush },
  });

  pull.reSync();

  return {
    pull,
    push,
    ordersReady: pull.ordersReady,
    reSync: () => pull.reSync(),
    async stop() {
      await Promise.all([pull.stop(), push.cancel()]);
    },
  };
}
