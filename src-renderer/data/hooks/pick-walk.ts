import type { OrderDoc } from '@shared/schemas/order';
import type { ProductDoc } from '@shared/schemas/product';
import { useMemo } from 'react';
import {
  catchError,
  combineLatest,
  distinctUntilChanged,
  EMPTY,
  map,
  type Observable,
  of,
  switchMap,
} from 'rxjs';
import { useObservable, useReplica } from '../react';
import type { Replica } from '../replica';
import { buildWalk, type Walk } from './walk';

export type PickWalk = {
  walk: Walk;
  /** The batch's orders, optimistic, in batch order (undefined: no longer on this device). */
  orders: (OrderDoc | undefined)[];
};

/**
 * A pick (or unpick, qty < 0) the screen has just recorded, shown at once while the
 * replica folds it in; `commandId` once record() has returned it. It stops counting
 * as soon as the order's history names the command (applied or refused alike).
 */
export type LocalPick = { orderId: string; lineId: string; qty: number; commandId?: string };

type Source = { orders: (OrderDoc | undefined)[]; products: Map<string, ProductDoc> };

function source$(replica: Replica, orderIds: readonly string[]): Observable<Source> {
  if (orderIds.length === 0) return of({ orders: [], products: new Map() });
  const orders$ = combineLatest(
    orderIds.map((id) => replica.views.order$(id).pipe(map((view) => view?.order))),
  );
  // Products by primary key (never a catalogue scan), read again when the set of SKUs changes, or
  // while the catalogue is still arriving (a walk opened during the first sync gets its locations).
  const skus$ = orders$.pipe(
    map((orders) => [...new Set(orders.flatMap((o) => o?.lines.map((l) => l.sku) ?? []))].sort().join('\n')),
    distinctUntilChanged(),
  );
  // Live by id (not by counting a 50,000-product catalogue on every change): cheap, and still follows a
  // catalogue that is arriving.
  const products$ = skus$.pipe(
    // A read that fails (the replica closing under the screen) keeps the products it had.
    switchMap((key) => replica.views.products$(key ? key.split('\n') : []).pipe(catchError(() => EMPTY))),
  );
  return combineLatest([orders$, products$]).pipe(map(([orders, products]) => ({ orders, products })));
}

/** Whether the order already reflects the command (its history names it). */
export function reflected(order: OrderDoc, pick: LocalPick): boolean {
  return Boolean(pick.commandId) && order.commandLog.some((e) => e.commandId === pick.commandId);
}

/** The orders with the local picks they do not reflect yet added to their lines. */
export function withLocalPicks(
  orders: readonly (OrderDoc | undefined)[],
  picks: readonly LocalPick[],
): (OrderDoc | undefined)[] {
  if (picks.length === 0) return [...orders];
  return orders.map((order) => {
    if (!order) return order;
    const mine = picks.filter((p) => p.orderId === order.id && !reflected(order, p));
    if (mine.length === 0) return order;
    return {
      ...order,
      lines: order.lines.map((line) => {
        const qty = mine.filter((p) => p.lineId === line.id).reduce((n, p) => n + p.qty, 0);
        return qty === 0 ? line : { ...line, picked: Math.max(0, line.picked + qty) };
      }),
    };
  });
}

/**
 * The live pick walk of a batch of orders (undefined until its orders and products
 * are read), with the screen's own just-recorded picks shown at once.
 */
export function usePickWalk(
  orderIds: readonly string[],
  local: readonly LocalPick[] = [],
): PickWalk | undefined {
  const replica = useReplica();
  const key = orderIds.join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ids are compared by value
  const ids = useMemo(() => [...orderIds], [key]);
  const source = useObservable(() => source$(replica, ids), undefined, [replica, ids]);
  return useMemo(() => {
    if (!source) return undefined;
    const orders = withLocalPicks(source.orders, local);
    return { walk: buildWalk(orders, source.products), orders: source.orders };
  }, [source, local]);
}
