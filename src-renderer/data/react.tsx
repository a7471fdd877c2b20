import type { OrderDoc } from '@shared/schemas/order';
import type { StoreDoc } from '@shared/schemas/store';
import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react';
import { map, type Observable } from 'rxjs';
import type { AttentionItem } from './local-meta';
import type { Replica } from './replica';
import { INITIAL_SYNC_STATE, type SyncState } from './sync-state';
import { plain } from './views';

const ReplicaContext = createContext<Replica | null>(null);

export function ReplicaProvider({ replica, children }: { replica: Replica; children: ReactNode }) {
  return <ReplicaContext.Provider value={replica}>{children}</ReplicaContext.Provider>;
}

export function useReplica(): Replica {
  const replica = useContext(ReplicaContext);
  if (!replica) throw new Error('useReplica() outside <ReplicaProvider>');
  return replica;
}

/**
 * Subscribe a component to an observable. The observable is built once per
 * `deps` change; the last value is kept between renders.
 */
export function useObservable<T>(make: () => Observable<T>, initial: T, deps: readonly unknown[]): T {
  const build = () => {
    let value = initial;
    const observable = make();
    return {
      get: () => value,
      subscribe(notify: () => void) {
        const subscription = observable.subscribe((next) => {
          value = next;
          notify();
        });
        return () => subscription.unsubscribe();
      },
    };
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what the observable depends on
  const source = useMemo(build, deps);
  return useSyncExternalStore(source.subscribe, source.get, source.get);
}

export function useSyncState(): SyncState {
  const replica = useReplica();
  return useObservable(() => replica.sync.state$, INITIAL_SYNC_STATE, [replica]);
}

export function useStore(): StoreDoc | undefined {
  const replica = useReplica();
  return useObservable(
    () => replica.db.store.findOne().$.pipe(map((d) => plain<StoreDoc>(d as never))),
    undefined,
    [replica],
  );
}

export function useOrders(query?: Parameters<Replica['views']['orders$']>[0]): OrderDoc[] {
  const replica = useReplica();
  const key = JSON.stringify(query ?? {});
  return useObservable(() => replica.views.orders$(query), [], [replica, key]);
}

export function useOrder(orderId: string) {
  const replica = useReplica();
  return useObservable(() => replica.views.order$(orderId), undefined, [replica, orderId]);
}

export function useOpenTasks() {
  const replica = useReplica();
  return useObservable(() => replica.views.openTasks$(), [], [replica]);
}

export function useAttention(): AttentionItem[] {
  const replica = useReplica();
  return useObservable(() => replica.attention$, [], [replica]);
}

/** How many documents of a collection the device holds. */
export function useCount(name: 'orders' | 'products' | 'stock'): number {
  const replica = useReplica();
  return useObservable(() => replica.db[name].count().$, 0, [replica, name]);
}

/** Ids of this device's commands the service has not acknowledged yet. */
export function usePendingIds(): ReadonlySet<string> {
  const replica = useReplica();
  return useObservable(
    () => replica.unsettled.state$.pipe(map((u) => new Set(u.pending.map((c) => c.id)))),
    new Set<string>(),
    [replica],
  );
}
