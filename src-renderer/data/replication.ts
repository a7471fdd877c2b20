import { COLLECTION_SCHEMAS } from '@shared/schemas';
import {
  type Checkpoint,
  PULL_COLLECTIONS,
  type PullCollection,
  type PushReceipt,
} from '@shared/sync/protocol';
import { type RxReplicationState, replicateRxCollection } from 'rxdb/plugins/replication';
import { combineLatest, debounceTime, filter, Subject } from 'rxjs';
import { retrying, type Wake } from './backoff';
import { type LocalCommand, type ReplicaDatabase, toEnvelope } from './database';
import { isTransient, type ServiceClient, ServiceError } from './http';
import { type AttentionItem, addAttention, writeLocal } from './local-meta';
import { pushCommands, serialize } from './push';
import type { SyncStateStore } from './sync-state';

/** Page sizes: big pages for the catalogue (fewer round trips, bigger IndexedDB transactions). */
export const PULL_BATCH: Record<PullCollection, number> = {
  store: 10,
  staff: 500,
  orders: 500,
  tasks: 500,
  capacity: 200,
  receipts: 1000,
  returns: 500,
  stock: 10000,
  products: 10000,
};

/** Collections pulled once the orders are in: the day's work is usable before the catalogue arrives. */
const AFTER_ORDERS: PullCollection[] = ['stock', 'products'];

export type ReplicationDeps = {
  db: ReplicaDatabase;
  client: ServiceClient;
  sync: SyncStateStore;
  wake: Wake;
  signal: AbortSignal;
  storeId: string;
  initialComplete: boolean;
  onRefused?: (items: AttentionItem[]) => void;
  /** Receipts from a push response (already stored on the commands). */
  onReceipts?: (receipts: PushReceipt[]) => void;
  /** A collection has pulled every row up to this store sequence, and written them. */
  onCaughtUp?: (collection: PullCollection, seq: number) => void;
};

export type Replication = {
  pulls: Map<PullCollection, RxReplicationState<unknown, Checkpoint>>;
  push: RxReplicationState<LocalCommand, unknown>;
  /** Pull again now (what the stream's pokes do). */
  reSync(collections?: readonly PullCollection[]): void;
  /** Resolves once the orders (and everything before the catalogue) are pulled for the first time. */
  ordersReady: Promise<void>;
  stop(): Promise<void>;
};

/**
 * Pull-only replication of every projection, push-only replication of the
 * commands. Handlers never throw for transient failures: they wait and retry
 * with backoff (RxDB itself would retry forever at a fixed pace and block the queue).
 */
export function startReplication(deps: ReplicationDeps): Replication {
  const { db, client, sync, wake, signal } = deps;
  const identity = `${deps.storeId}@${client.baseUrl}`;
  const resync = new Map<PullCollection, Subject<'RESYNC'>>();
  const pulls = new Map<PullCollection, RxReplicationState<unknown, Checkpoint>>();

  // A short page means caught up with the head it names; it counts once RxDB has written the page.
  const caughtUp = new Map<PullCollection, number>();
  const watchers: { unsubscribe(): void }[] = [];

  for (const name of PULL_COLLECTIONS) {
    const stream = new Subject<'RESYNC'>();
    resync.set(name, stream);
    const firstSync = !deps.initialComplete;
    const state = replicateRxCollection<unknown, Checkpoint>({
      collection: db[name] as never,
      replicationIdentifier: `${name}-v${COLLECTION_SCHEMAS[name].version}-${identity}`,
      live: true,
      retryTime: 5000,
      waitForLeadership: false,
      toggleOnDocumentVisible: false,
      autoStart: !AFTER_ORDERS.includes(name),
      pull: {
        batchSize: PULL_BATCH[name],
        stream$: stream.asObservable(),
        handler: async (checkpoint, batchSize) => {
          // Starting empty, the device need not download what was deleted before it began.
          const skip = checkpoint ? checkpoint.skipDeletedUpTo : await freshOrUndefined(db[name]);
          const page = await retrying(
            () => client.pull(name, checkpoint?.seq ?? 0, batchSize, signal, skip),
            {
              signal,
              wake,
              isTransient,
              onTransient: (error) => sync.offline(error),
            },
          ).catch((error: unknown) => {
            if (error instanceof ServiceError && error.status === 401) sync.unauthorized(error.message);
            throw error;
          });
          if (firstSync) sync.initialPage(name, page.documents.length, page.remaining);
          if (page.documents.length < batchSize && page.head !== undefined)
            caughtUp.set(name, Math.max(page.head, page.checkpoint.seq));
          return { documents: page.documents as never[], checkpoint: page.checkpoint };
        },
      },
    });
    pulls.set(name, state);
    watchers.push(
      state.active$.pipe(filter((active) => !active)).subscribe(() => {
        const seq = caughtUp.get(name);
        if (seq !== undefined) deps.onCaughtUp?.(name, seq);
      }),
    );
  }

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
    push: { batchSize: 100, handler: handlePush as never },
  });

  const early = PULL_COLLECTIONS.filter((c) => !AFTER_ORDERS.includes(c));
  const ordersReady = Promise.all(early.map((c) => pulls.get(c)?.awaitInitialReplication())).then(
    () => undefined,
  );
  void ordersReady.then(async () => {
    if (signal.aborted) return;
    for (const c of AFTER_ORDERS) await pulls.get(c)?.start();
    await Promise.all(AFTER_ORDERS.map((c) => pulls.get(c)?.awaitInitialReplication()));
    if (signal.aborted) return;
    sync.initialComplete();
    await writeLocal(db, 'sync-meta', { lastSyncedAt: new Date().toISOString(), initialComplete: true });
  });

  // Caught up: every pull idle after having reached the service.
  const idle = combineLatest([...pulls.values()].map((s) => s.active$))
    .pipe(
      debounceTime(200),
      filter((active) => active.every((a) => !a)),
    )
    .subscribe(() => {
      if (sync.value.connection !== 'online' || signal.aborted) return;
      const at = new Date().toISOString();
      sync.synced(at);
      void writeLocal(db, 'sync-meta', {
        lastSyncedAt: at,
        initialComplete: sync.value.initial.complete,
      }).catch(() => undefined);
    });

  return {
    pulls,
    push,
    ordersReady,
    reSync(collections = PULL_COLLECTIONS) {
      for (const c of collections) resync.get(c)?.next('RESYNC');
    },
    async stop() {
      idle.unsubscribe();
      for (const w of watchers) w.unsubscribe();
      await Promise.all([...pulls.values(), push].map((s) => s.cancel()));
    },
  };
}

/**
 * 'fresh' when the collection holds no document (a new device, a collection dropped for a schema
 * change): its first pull may leave out tombstones. A collection that holds documents without a
 * checkpoint gets every tombstone, so nothing it holds lingers.
 */
async function freshOrUndefined(collection: {
  count(): { exec(): Promise<number> };
}): Promise<'fresh' | undefined> {
  return (await collection.count().exec()) === 0 ? 'fresh' : undefined;
}
