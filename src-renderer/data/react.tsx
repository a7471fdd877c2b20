import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Observable } from 'rxjs';
import type { Replica } from './replica';

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
