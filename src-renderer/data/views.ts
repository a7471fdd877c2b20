import { definitionOf } from '@shared/commands';
import type { CommandEnvelope } from '@shared/commands/envelope';
import { foldPending } from '@shared/reducer/optimistic';
import { commandScope, emptyScope, mergeScopes, type Scope } from '@shared/reducer/scope';
import type { Outcome, StockMovement, StoreState } from '@shared/reducer/state';
import type { CapacityDoc } from '@shared/schemas/capacity';
import type { OrderDoc } from '@shared/schemas/order';
import type { StoreDoc } from '@shared/schemas/store';
import type { MovementView } from '@shared/sync/protocol';
import {
  getQueryMatcher,
  getSortComparator,
  type MangoQuery,
  normalizeMangoQuery,
  type RxCollection,
  type RxDocument,
  type RxDocumentData,
} from 'rxdb';
import {
  BehaviorSubject,
  combineLatest,
  defer,
  distinctUntilChanged,
  filter,
  map,
  type Observable,
  of,
  switchMap,
  tap,
} from 'rxjs';
import type { ReplicaDatabase } from './database';
import { wholePages } from './page-barrier';
import type { Unsettled, UnsettledCommands } from './unsettled';

/** A document as plain JSON (what the reducer works on). */
export const plain = <T>(doc: RxDocument<T> | null | undefined): T | undefined =>
  doc ? (doc.toJSON() as unknown as T) : undefined;

function byIds<T>(collection: RxCollection<T>, ids: string[]): Observable<Record<string, T>> {
  if (ids.length === 0) return of({});
  return collection
    .findByIds(ids)
    .$.pipe(map((docs) => Object.fromEntries([...docs].map(([id, d]) => [id, plain(d) as T]))));
}

/** The scope's orders by id, plus those it names by number only (a return recorded against a typed number). */
function ordersOfScope$(db: ReplicaDatabase, scope: Scope): Observable<Record<string, OrderDoc>> {
  const numbers = scope.orderNumbers ?? [];
  if (numbers.length === 0) return byIds(db.orders, scope.orderIds);
  return combineLatest([
    byIds(db.orders, scope.orderIds),
    db.orders.find({ selector: { number: { $in: numbers } } }).$,
  ]).pipe(
    map(([byId, byNumber]) => ({
      ...byId,
      ...Object.fromEntries(byNumber.map((d) => [d.id, plain<OrderDoc>(d) as OrderDoc])),
    })),
  );
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The documents of a scope, live, as a reducer state (what the service would load for the same commands). */
export function slice$(db: ReplicaDatabase, scope: Scope): Observable<StoreState | undefined> {
  return combineLatest([
    db.store.findOne().$.pipe(map((d) => plain<StoreDoc>(d as RxDocument<StoreDoc> | null))),
    ordersOfScope$(db, scope),
    byIds(db.stock, scope.skus),
    byIds(db.tasks, scope.taskIds),
    byIds(db.returns, scope.returnIds),
    byIds(db.capacity, scope.capacityIds),
    byIds(db.products, scope.productSkus),
    byIds(db.staff, scope.staffIds),
  ]).pipe(
    map(([store, orders, stock, tasks, returns, capacity, products, staff]) =>
      store ? { store, orders, stock, tasks, returns, capacity, products, staff } : undefined,
    ),
    wholePages(db),
  );
}

function scopeOf(commands: readonly CommandEnvelope[], store: StoreDoc | undefined): Scope {
  const now = new Date().toISOString();
  return mergeScopes(
    commands.map((c) => (store ? commandScope(definitionOf(c.type), c, { now, store }) : {})),
  );
}

export type Folded = {
  state: StoreState;
  outcomes: Map<string, Outcome>;
  pending: CommandEnvelope[];
  /** Stock movements of the folded commands the service has not reflected yet. */
  movements: StockMovement[];
};

type FoldInput = {
  u: Unsettled;
  commands: CommandEnvelope[];
  scope: Scope;
  /** The scope as a key: the documents to read change only when it does. */
  scopeKey: string;
  /** The folded commands and their receipts: the fold changes only when these (or the documents) do. */
  commandsKey: string;
};

/**
 * The optimistic state around a scope: the replica's documents plus this
 * device's unsettled commands (those the filter keeps), folded by the shared reducer.
 * The documents are subscribed once per scope: a new command or receipt of the view
 * folds again over the documents already read, and a receipt for a command outside
 * the view does not touch it (a scan on one order re-folds that order only).
 */
export function folded$(
  db: ReplicaDatabase,
  unsettled: UnsettledCommands,
  base: Partial<Scope>,
  keep: (command: CommandEnvelope) => boolean = () => true,
): Observable<Folded | undefined> {
  return defer(() => {
    const store$ = db.store.findOne().$.pipe(map((d) => plain<StoreDoc>(d as RxDocument<StoreDoc> | null)));
    const latest = new BehaviorSubject<FoldInput | undefined>(undefined);
    const input$ = combineLatest([unsettled.state$, store$]).pipe(
      map(([u, store]): FoldInput => {
        const commands = u.commands.filter(keep);
        const scope = mergeScopes([{ ...emptyScope(), ...base }, scopeOf(commands, store)]);
        const commandsKey = commands.map((c) => `${c.id}@${u.receipts.get(c.id)?.seq ?? ''}`).join();
        return { u, commands, scope, scopeKey: JSON.stringify(scope), commandsKey };
      }),
      distinctUntilChanged((a, b) => a.scopeKey === b.scopeKey && a.commandsKey === b.commandsKey),
      tap((input) => latest.next(input)),
    );
    return input$.pipe(
      distinctUntilChanged((a, b) => a.scopeKey === b.scopeKey),
      switchMap((first) =>
        combineLatest([
          slice$(db, first.scope),
          latest.pipe(filter((input): input is FoldInput => input?.scopeKey === first.scopeKey)),
        ]).pipe(
          map(([state, { u, commands }]) => {
            if (!state) return undefined;
            const result = foldPending(state, commands, u.receipts, { now: new Date().toISOString() });
            const pendingIds = new Set(u.pending.map((c) => c.id));
            return { ...result, pending: commands.filter((c) => pendingIds.has(c.id)) };
          }),
        ),
      ),
    );
  });
}

export type OrderView = {
  order: OrderDoc;
  /** This device's commands on the order the service has not acknowledged yet, with the outcome the device expects. */
  pending: { command: CommandEnvelope; expected: Outcome }[];
};

export function orderView$(db: ReplicaDatabase, unsettled: UnsettledCommands, orderId: string) {
  return folded$(db, unsettled, { orderIds: [orderId] }, (c) => c.orderId === orderId).pipe(
    map((f): OrderView | undefined => {
      const order = f?.state.orders[orderId];
      if (!f || !order || order.status === 'reassigned') return undefined;
      return {
        order,
        pending: f.pending.map((command) => ({
          command,
          expected: f.outcomes.get(command.id) ?? { status: 'applied', reason: '' },
        })),
      };
    }),
  );
}

/** A folded order as the query matcher expects a stored document (it is live, never a tombstone). */
const stored = (o: OrderDoc): RxDocumentData<OrderDoc> => ({
  ...o,
  _deleted: false,
  _attachments: {},
  _rev: '',
  _meta: { lwt: 0 },
});

export type OrdersQuery = Parameters<ReplicaDatabase['orders']['find']>[0];

/**
 * Orders of a query as this device expects them: the query's selector and sort
 * run on the optimistic state (this device's unsettled commands folded in), so
 * an order packed here leaves "to pack" and enters "packed" at once. skip and
 * limit apply after folding. The fold is subscribed once per set of touched
 * orders, not on every change.
 */
export function ordersView$(
  db: ReplicaDatabase,
  unsettled: UnsettledCommands,
  query: OrdersQuery = {},
): Observable<OrderDoc[]> {
  const { skip, limit, ...unbounded } = (query ?? {}) as MangoQuery<OrderDoc>;
  const normalized = normalizeMangoQuery(db.orders.schema.jsonSchema, unbounded);
  const matches = getQueryMatcher(db.orders.schema.jsonSchema, normalized);
  const compare = getSortComparator(db.orders.schema.jsonSchema, normalized);
  const list$ = db.orders.find(unbounded).$.pipe(map((docs) => docs.map((d) => plain(d) as OrderDoc)));
  const touched$ = unsettled.state$.pipe(
    map((u) => [...new Set(u.commands.map((c) => c.orderId).filter(Boolean))].sort()),
    distinctUntilChanged(sameIds),
  );
  const folded = touched$.pipe(
    switchMap((ids) =>
      ids.length === 0
        ? of(new Map<string, OrderDoc>())
        : folded$(db, unsettled, { orderIds: ids }, (c) => ids.includes(c.orderId)).pipe(
            map((f) => new Map(ids.flatMap((id) => (f?.state.orders[id] ? [[id, f.state.orders[id]]] : [])))),
          ),
    ),
  );
  return combineLatest([list$, folded]).pipe(
    map(([orders, optimistic]) => {
      const byId = new Map(orders.map((o) => [o.id, o]));
      for (const [id, order] of optimistic) byId.set(id, order);
      const shown = [...byId.values()]
        .filter((o) => o.status !== 'reassigned' && matches(stored(o)))
        .sort(compare);
      const from = skip ?? 0;
      return shown.slice(from, limit === undefined ? undefined : from + limit);
    }),
  );
}

/** Stock of one SKU as the device expects it, its own unsettled movements included. */
export function stockView$(db: ReplicaDatabase, unsettled: UnsettledCommands, sku: string) {
  return folded$(db, unsettled, { skus: [sku] }).pipe(map((f) => f?.state.stock[sku]));
}

/**
 * This device's stock movements of one SKU that the service has not acknowledged yet (recorded offline or
 * still in the outbox), newest first, in the shape of the service's movement history.
 */
export function pendingMovements$(
  db: ReplicaDatabase,
  unsettled: UnsettledCommands,
  sku: string,
): Observable<MovementView[]> {
  return folded$(db, unsettled, { skus: [sku] }).pipe(
    map((f) => {
      if (!f) return [];
      const unsent = new Map(f.pending.map((c) => [c.id, c]));
      return f.movements
        .filter((m) => m.sku === sku && unsent.has(m.commandId))
        .map((m): MovementView => {
          const command = unsent.get(m.commandId) as CommandEnvelope;
          const payload = (command.payload ?? {}) as { reason?: unknown };
          return {
            id: m.id,
            at: command.deviceTime,
            onHand: m.onHand,
            reserved: m.reserved,
            unsellable: m.unsellable,
            reason: m.reason,
            type: command.type,
            staffId: command.staffId,
            detail:
              command.type === 'adjust_stock' && typeof payload.reason === 'string' ? payload.reason : '',
            orderId: m.orderId,
          };
        })
        .reverse();
    }),
  );
}

/** Open tasks, with the ones this device just completed (or caused) already reflected. */
export function openTasks$(db: ReplicaDatabase, unsettled: UnsettledCommands) {
  return db.tasks.find({ selector: { status: 'open' } }).$.pipe(
    map((docs) => docs.map((d) => d.id)),
    distinctUntilChanged(sameIds),
    switchMap((ids) => folded$(db, unsettled, { taskIds: ids })),
    map((f) =>
      Object.values(f?.state.tasks ?? {})
        .filter((t) => t.status === 'open')
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    ),
  );
}

/** Commands about the store itself (capacity, pauses, hours): folded into the store's own view. */
const STORE_COMMANDS: ReadonlySet<string> = new Set([
  'set_capacity',
  'pause_fulfilment',
  'set_opening_hours',
]);

export type StoreCapacityView = { store: StoreDoc; capacity: CapacityDoc[] };

/** The store (pauses, hours) and the capacity of some days, as this device expects them (its own changes in). */
export function storeCapacity$(
  db: ReplicaDatabase,
  unsettled: UnsettledCommands,
  capacityIds: readonly string[],
): Observable<StoreCapacityView | undefined> {
  return folded$(db, unsettled, { capacityIds: [...capacityIds] }, (c) => STORE_COMMANDS.has(c.type)).pipe(
    map((f) =>
      f
        ? {
            store: f.state.store,
            capacity: capacityIds.flatMap((id) => (f.state.capacity[id] ? [f.state.capacity[id]] : [])),
          }
        : undefined,
    ),
  );
}
