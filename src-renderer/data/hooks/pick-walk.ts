import type { OrderDoc } from '@shared/schemas/order';
import type { ProductDoc } from '@shared/schemas/product';
import { useMemo } from 'react';
import { combineLatest, distinctUntilChanged, from, map, type Observable, of, switchMap } from 'rxjs';
import { useObservable, useReplica } from '../react';
import type { Replica } from '../replica';
import { buildWalk, type Walk } from './walk';

export type PickWalk = {
  walk: Walk;
  /** The batch's orders, optimistic, in batch order (undefined: no longer on this device). */
  orders: (OrderDoc | undefined)[];
};

function walk$(replica: Replica, orderIds: readonly string[]): Observable<PickWalk> {
  if (orderIds.length === 0) return of({ walk: buildWalk([], new Map()), orders: [] });
  const orders$ = combineLatest(
    orderIds.map((id) => replica.views.order$(id).pipe(map((view) => view?.order))),
  );
  // Products by primary key (never a catalogue scan), read again when the set of SKUs changes, or
  // while the catalogue is still arriving (a walk opened during the first sync gets its locations).
  const skus$ = orders$.pipe(
    map((orders) => [...new Set(orders.flatMap((o) => o?.lines.map((l) => l.sku) ?? []))].sort().join('\n')),
    distinctUntilChanged(),
  );
  const products$ = combineLatest([
    skus$,
    replica.views.count$('products').pipe(distinctUntilChanged()),
  ]).pipe(switchMap(([key]) => from(replica.views.products(key ? key.split('\n') : []))));
  return combineLatest([orders$, products$]).pipe(
    map(([orders, products]: [(OrderDoc | undefined)[], Map<string, ProductDoc>]) => ({
      walk: buildWalk(orders, products),
      orders,
    })),
  );
}

/** The live pick walk of a batch of orders (undefined until its orders and products are read). */
export function usePickWalk(orderIds: readonly string[]): PickWalk | undefined {
  const replica = useReplica();
  const key = orderIds.join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ids are compared by value
  const ids = useMemo(() => [...orderIds], [key]);
  return useObservable(() => walk$(replica, ids), undefined, [replica, ids]);
}
