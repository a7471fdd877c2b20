import { type CommandType, definitionOf, type PayloadOf } from '@shared/commands';
import type { CommandEnvelope } from '@shared/commands/envelope';
import { applyCommand } from '@shared/reducer/apply';
import { commandScope } from '@shared/reducer/scope';
import type { Outcome } from '@shared/reducer/state';
import type { OrderDoc } from '@shared/schemas/order';
import type { ProductDoc } from '@shared/schemas/product';
import type { ReceiptDoc } from '@shared/schemas/receipt';
import type { ReturnDoc } from '@shared/schemas/return';
import type { StaffDoc } from '@shared/schemas/staff';
import type { StockDoc } from '@shared/schemas/stock';
import type { StoreDoc } from '@shared/schemas/store';
import type { TaskDoc } from '@shared/schemas/task';
import type { DeviceCredentials, MovementView } from '@shared/sync/protocol';
import type { RxStorage } from 'rxdb';
import {
  combineLatest,
  filter,
  firstValueFrom,
  map,
  type Observable,
  of,
  type Subscription,
  startWith,
  switchMap,
} from 'rxjs';
import { v7 as uuidv7 } from 'uuid';
import { Wake } from './backoff';
import { openReplicaDatabase, type ReplicaDatabase, replicaName } from './database';
import { createServiceClient, ServiceError } from './http';
import { type AttentionItem, forgetPulled, readLocal, writeLocal } from './local-meta';
import {
  type CountedCollection,
  count$,
  customerOrdersQuery,
  nonAppliedReceipts$,
  orderByCode$,
  productByBarcode$,
  productsBySku,
  productsBySku$,
  returnsOf$,
  returnsSince$,
  staffMember$,
  store$,
} from './queries';
import { type Replication, startReplication } from './replication';
import { CatalogueSearch, type SearchStatus } from './search/catalogue-search';
import { checkPin, type StaffMember, staff$ } from './staff';
import { readCursor } from './store-pull';
import { connectStream } from './stream';
import type { SyncState } from './sync-state';
import { SyncStateStore } from './sync-state';
import { touchedByReducer } from './touched';
import { UnsettledCommands } from './unsettled';
import {
  folded$,
  type OrderView,
  openTasks$,
  ordersView$,
  orderView$,
  pendingMovements$,
  type StoreCapacityView,
  stockView$,
  storeCapacity$,
} from './views';

export type { DeviceCredentials };

/** Where the replica keeps its documents (Dexie on IndexedDB in the app, memory in tests). */
export type ReplicaStorage = RxStorage<unknown, unknown>;

export class NotSignedInError extends Error {
  constructor() {
    super('Sign in before recording anything.');
    this.name = 'NotSignedInError';
  }
}

export type ReplicaOptions = DeviceCredentials & {
  storage: ReplicaStorage;
  /** The associate signed in on the device (each command records who did it). */
  staffId: () => string;
  fetch?: typeof fetch;
  /** Listen to the service's pokes (off in some tests, which re-sync by hand). */
  stream?: boolean;
  databaseName?: string;
  /** While the stream is down, pull every this many ms (jittered ±20 %). */
  pollMs?: number;
  /** False: a first sync writes its pages one at a time, each after the one before has committed (bench:sync compares). */
  pipelinePages?: boolean;
};

const POLL_MS = 30_000;

const KEEP_HISTORY_DAYS = 7;

export type OrdersQuery = Parameters<ReplicaDatabase['orders']['find']>[0];

/** Live, optimistic reads of the replica. Orders and stock include this device's unsettled commands. */
export interface ReplicaViews {
  order$(orderId: string): Observable<OrderView | undefined>;
  orders$(query?: OrdersQuery): Observable<OrderDoc[]>;
  /** The order a scanned or typed code designates (number, pickup code, id). */
  orderByCode$(code: string): Observable<OrderDoc | undefined>;
  stock$(sku: string): Observable<StockDoc | undefined>;
  /** This device's movements of a SKU not acknowledged by the service yet (shown offline too). */
  pendingMovements$(sku: string): Observable<MovementView[]>;
  openTasks$(): Observable<TaskDoc[]>;
  productByBarcode$(code: string): Observable<ProductDoc | undefined>;
  products(skus: readonly string[]): Promise<Map<string, ProductDoc>>;
  /** The same, live (a walk opened while the catalogue still syncs gets its locations as they arrive). */
  products$(skus: readonly string[]): Observable<Map<string, ProductDoc>>;
  returnsOf$(orderId: string): Observable<ReturnDoc[]>;
  returnsSince$(since: string): Observable<ReturnDoc[]>;
  store$(): Observable<StoreDoc | undefined>;
  /** A staff member of the store (name, role, PIN verifier for an offline check). */
  staffMember$(staffId: string): Observable<StaffDoc | undefined>;
  count$(collection: CountedCollection): Observable<number>;
  /** The service's answers to this device's commands that were refused or became a follow-up. */
  outcomes$(): Observable<ReceiptDoc[]>;
  /** The store's staff (names, roles, badges; never their PIN verifiers). */
  staff$(): Observable<StaffMember[]>;
  /** Products for a typed or scanned text (SKU, EAN, words of the name), best first; an index, never a scan. */
  searchProducts(text: string, limit?: number): Promise<ProductDoc[]>;
  /** How far the product index is built (it starts with the first search). */
  searchStatus$(): Observable<SearchStatus>;
  /** Orders of a customer by name, email or phone (masked on the device, compared masked). */
  customerOrders$(text: string): Observable<OrderDoc[]>;
  /** One product by SKU, live (null when the device does not hold it). */
  product$(sku: string): Observable<ProductDoc | null>;
  /** The store (pauses, hours) and the capacity of days (`date:kind` ids), this device's changes folded in. */
  storeCapacity$(capacityIds: readonly string[]): Observable<StoreCapacityView | undefined>;
}

/** Questions only the service can answer; they fail with a NetworkError offline. */
export interface ReplicaLookups {
  /** An order of this store by number, from the service (one the device does not hold). */
  orderByNumber(number: string): Promise<OrderDoc | null>;
  /** The SKU's last stock movements in this store, with who and why. */
  movements(sku: string): Promise<MovementView[]>;
}

/**
 * The device's replica of its store, as the screens see it: opens from local data
 * at once (never waits for the network), syncs in the background, gives live,
 * optimistic views and one way to record what happened. No database, no queries.
 */
export interface Replica {
  readonly credentials: { serviceUrl: string; deviceId: string; storeId: string };
  readonly sync: { readonly state$: Observable<SyncState>; readonly value: SyncState };
  readonly attention$: Observable<AttentionItem[]>;
  /** Commands of this device the service has not acknowledged yet (ids). */
  readonly pendingIds$: Observable<ReadonlySet<string>>;
  /** Resolves once the day's orders are on the device (the catalogue may still be coming). */
  readonly ordersReady: Promise<void>;
  readonly views: ReplicaViews;
  readonly lookups: ReplicaLookups;
  /** Record what happened. Local first: the views show it at once; the push goes in the background. */
  record<T extends CommandType>(type: T, payload: PayloadOf<T>): Promise<string>;
  /** Several commands of one kind at once (start a batch of orders): one write, one update of the views. */
  recordAll<T extends CommandType>(type: T, payloads: readonly PayloadOf<T>[]): Promise<string[]>;
  /** What the service is expected to answer to this command now (to refuse a wrong scan before recording it). */
  preview<T extends CommandType>(type: T, payload: PayloadOf<T>): Promise<Outcome>;
  dismissAttention(commandId: string): Promise<void>;
  /** Is this the staff member's PIN? Checked on the device against the pulled verifier (offline). */
  checkPin(staffId: string, pin: string): Promise<boolean>;
  /** Sync now (the associate pressed the button, or the network came back). */
  syncNow(): void;
  close(): Promise<void>;
}

/** The replica with its internals, for the data layer itself, tests and benchmarks; never for screens. */
export type DeviceReplica = Awaited<ReturnType<typeof openReplica>>;

export async function openReplica(options: ReplicaOptions) {
  const { db, dropped } = await openReplicaDatabase({
    name: options.databaseName ?? replicaName(options.storeId, options.serviceUrl),
    storage: options.storage,
  });
  if (dropped.length > 0) await forgetPulled(db, dropped);
  const meta = await readLocal(db, 'sync-meta');
  const refused = (await readLocal(db, 'attention'))?.items ?? [];
  const sync = new SyncStateStore({
    lastSyncedAt: meta?.lastSyncedAt ?? null,
    initial: { done: 0, total: 0, complete: meta?.initialComplete ?? false },
  });
  const unsettled = new UnsettledCommands(db, touchedByReducer(db));
  const caughtUp = (await readLocal(db, 'caught-up'))?.seqs ?? {};
  await unsettled.start(
    refused.map((r) => r.commandId),
    caughtUp,
  );
  // Recording order, kept on each command: UUIDv7 follows the device clock, which can jump back.
  let localSeq = Math.max(0, ...(await db.commands.find().exec()).map((d) => (d.localSeq ?? 0) + 1));

  // Not db.getLocal$(): it runs an async step for every change event of every collection
  // (100,000 during a first sync), which made the first sync about three times slower.
  const attention$: Observable<AttentionItem[]> = db.eventBulks$.pipe(
    filter(
      (bulk) => bulk.isLocal && !bulk.collectionName && bulk.events.some((e) => e.documentId === 'attention'),
    ),
    startWith(null),
    switchMap(() => readLocal(db, 'attention')),
    map((doc) => doc?.items ?? []),
  );
  const subscriptions: Subscription[] = [
    combineLatest([unsettled.pendingCount$, attention$]).subscribe(([pending, attention]) =>
      sync.counts(pending, attention.length),
    ),
  ];

  const wake = new Wake();
  const controller = new AbortController();
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const client = createServiceClient({
    baseUrl: options.serviceUrl,
    token: options.token,
    fetch: doFetch,
    onReachable: () => sync.online(),
  });
  const replication: Replication = startReplication({
    db,
    client,
    sync,
    wake,
    signal: controller.signal,
    storeId: options.storeId,
    cursor: await readCursor(db, meta?.initialComplete ?? false),
    pipelinePages: options.pipelinePages,
    onRefused: (items) => unsettled.markRefused(items.map((i) => i.commandId)),
    onReceipts: (receipts) => {
      for (const r of receipts)
        unsettled.acknowledge(r.id, { outcome: r.outcome, reason: r.reason, seq: r.seq });
    },
    onCaughtUp: (collections, seq) => {
      for (const collection of collections) unsettled.caughtUpWith(collection, seq);
      void writeLocal(db, 'caught-up', { seqs: unsettled.caughtUpTo }).catch(() => undefined);
    },
  });

  const onOnline = () => {
    wake.now();
    replication.reSync();
  };
  globalThis.addEventListener?.('online', onOnline);
  // While the stream is down nothing pokes the device: pull on a jittered timer instead.
  let poll: ReturnType<typeof setTimeout> | undefined;
  const pollLater = () => {
    if (poll || controller.signal.aborted) return;
    const every = options.pollMs ?? POLL_MS;
    poll = setTimeout(
      () => {
        poll = undefined;
        if (controller.signal.aborted || sync.value.stream === 'open') return;
        replication.reSync();
        pollLater();
      },
      Math.round(every * (0.8 + Math.random() * 0.4)),
    );
  };
  const stopStream =
    options.stream === false
      ? () => undefined
      : connectStream({
          url: client.streamUrl,
          token: options.token,
          fetch: doFetch,
          onHello: () => {
            sync.online();
            sync.streamOpen();
            wake.now();
            replication.reSync();
          },
          onPoke: () => replication.reSync(),
          onDown: (reason) => {
            sync.streamDown(reason);
            pollLater();
          },
        });
  void compact(db).catch(() => undefined);
  const catalogue = new CatalogueSearch(db);

  function envelope<T extends CommandType>(type: T, payload: PayloadOf<T>): CommandEnvelope {
    const staffId = options.staffId();
    // Every command names who did it: nothing is recorded while nobody is signed in.
    if (!staffId) throw new NotSignedInError();
    return {
      id: uuidv7(),
      type,
      orderId: definitionOf(type)?.orderId(payload) ?? '',
      deviceId: options.deviceId,
      staffId,
      deviceTime: new Date().toISOString(),
      payload,
    };
  }

  const replica = {
    db,
    credentials: { serviceUrl: options.serviceUrl, deviceId: options.deviceId, storeId: options.storeId },
    sync,
    unsettled,
    attention$,
    /** Resolves once the day's orders are on the device (the catalogue may still be coming). */
    ordersReady: replication.ordersReady,
    replication,

    /** Record what happened. Local first: the views show it at once; the push goes in the background. */
    async record<T extends CommandType>(type: T, payload: PayloadOf<T>): Promise<string> {
      const command = envelope(type, payload);
      await db.commands.insert({ ...command, localSeq: localSeq++ });
      return command.id;
    },

    async recordAll<T extends CommandType>(type: T, payloads: readonly PayloadOf<T>[]): Promise<string[]> {
      const commands = payloads.map((payload) => ({ ...envelope(type, payload), localSeq: localSeq++ }));
      if (commands.length > 0) await db.commands.bulkInsert(commands);
      return commands.map((c) => c.id);
    },

    /** What the service is expected to answer to this command now (to refuse a wrong scan before recording it). */
    async preview<T extends CommandType>(type: T, payload: PayloadOf<T>): Promise<Outcome> {
      const command = envelope(type, payload);
      const view = await firstValueFrom(
        folded$(db, unsettled, commandScope(definitionOf(type), command, await storeInput(db))).pipe(
          filter(Boolean),
        ),
      );
      return applyCommand(view.state, command, { now: new Date().toISOString() }).outcome;
    },

    pendingIds$: unsettled.state$.pipe(map((u): ReadonlySet<string> => new Set(u.pending.map((c) => c.id)))),

    views: {
      order$: (orderId: string) => orderView$(db, unsettled, orderId),
      orders$: (query?: OrdersQuery) => ordersView$(db, unsettled, query),
      orderByCode$: (code: string) => orderByCode$(db, unsettled, code),
      stock$: (sku: string) => stockView$(db, unsettled, sku),
      pendingMovements$: (sku: string) => pendingMovements$(db, unsettled, sku),
      openTasks$: () => openTasks$(db, unsettled),
      productByBarcode$: (code: string) => productByBarcode$(db, code),
      products: (skus: readonly string[]) => productsBySku(db, skus),
      products$: (skus: readonly string[]) => productsBySku$(db, skus),
      returnsOf$: (orderId: string) => returnsOf$(db, orderId),
      returnsSince$: (since: string) => returnsSince$(db, since),
      store$: () => store$(db),
      staffMember$: (staffId: string) => staffMember$(db, staffId),
      count$: (collection: CountedCollection) => count$(db, collection),
      outcomes$: () => nonAppliedReceipts$(db),
      staff$: () => staff$(db),

      searchProducts: (text: string, limit?: number) => catalogue.search(text, limit),
      searchStatus$: () => {
        void catalogue.start();
        return catalogue.status$;
      },
      product$: (sku: string) =>
        db.products.findOne(sku).$.pipe(map((d) => (d ? (d.toJSON() as ProductDoc) : null))),
      customerOrders$: (text: string) => {
        const query = customerOrdersQuery(text);
        return query ? ordersView$(db, unsettled, query) : of([]);
      },
      storeCapacity$: (capacityIds: readonly string[]) => storeCapacity$(db, unsettled, capacityIds),
    } satisfies ReplicaViews,

    lookups: {
      async orderByNumber(number: string): Promise<OrderDoc | null> {
        try {
          return (await client.orderByNumber(number)).order as OrderDoc;
        } catch (error) {
          if (error instanceof ServiceError && error.status === 404) return null;
          throw error;
        }
      },
      movements: async (sku: string) => (await client.movements(sku)).movements,
    } satisfies ReplicaLookups,

    /** Is this the staff member's PIN? Checked on the device against the pulled verifier (offline). */
    checkPin: (staffId: string, pin: string) => checkPin(db, staffId, pin),

    async dismissAttention(commandId: string): Promise<void> {
      const items = (await readLocal(db, 'attention'))?.items ?? [];
      await writeLocal(db, 'attention', { items: items.filter((i) => i.commandId !== commandId) });
    },

    /** Sync now (the associate pressed the button, or the network came back). */
    syncNow(): void {
      onOnline();
    },

    async close(): Promise<void> {
      controller.abort();
      if (poll) clearTimeout(poll);
      catalogue.stop();
      globalThis.removeEventListener?.('online', onOnline);
      stopStream();
      for (const s of subscriptions) s.unsubscribe();
      unsettled.stop();
      await replication.stop();
      await db.close();
    },
  };
  return replica satisfies Replica;
}

async function storeInput(db: ReplicaDatabase) {
  const store = await db.store.findOne().exec();
  if (!store) throw new Error('The store is not synced yet.');
  return { now: new Date().toISOString(), store: store.toMutableJSON() };
}

/** Forget acknowledged commands and their receipts after a week: the service keeps the history. */
async function compact(db: ReplicaDatabase): Promise<void> {
  const cutoff = new Date(Date.now() - KEEP_HISTORY_DAYS * 86_400_000).toISOString();
  const old = await db.receipts.find({ selector: { at: { $lt: cutoff } } }).exec();
  if (old.length === 0) return;
  const ids = old.map((r) => r.id);
  await db.commands.bulkRemove(ids);
  await db.receipts.bulkRemove(ids);
}
