import { CLOSED_STATUSES } from '@shared/domain/codes';
import type { OrderDoc } from '@shared/schemas/order';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type Observable, shareReplay } from 'rxjs';
import { useObservable, useReplica } from '../react';
import type { OrdersQuery, Replica } from '../replica';
import type { OrderView } from '../views';
import { type QueueFilter, queueOf, queuesByStage, type Stage } from './stages';

const openOrders = new WeakMap<Replica, Observable<OrderDoc[]>>();

/** One live list of the store's open orders per replica, shared by every queue on screen. */
function openOrders$(replica: Replica): Observable<OrderDoc[]> {
  let orders$ = openOrders.get(replica);
  if (!orders$) {
    orders$ = replica.views
      .orders$({ selector: { status: { $nin: [...CLOSED_STATUSES] } } })
      .pipe(shareReplay({ bufferSize: 1, refCount: true }));
    openOrders.set(replica, orders$);
  }
  return orders$;
}

/** Every open order, with this device's unsettled commands folded in. */
export function useOpenOrders(): OrderDoc[] {
  const replica = useReplica();
  return useObservable(() => openOrders$(replica), [], [replica]);
}

/**
 * Open orders that arrived (synced in) while the screen is open: the query's first answer is what was
 * already there, every id after it is new. `arrived` keeps them all (marked in the list while the screen
 * stays open); `unseen` those since the associate last looked (the signal), cleared by `acknowledge`.
 */
export function useOrderArrivals(): {
  arrived: ReadonlySet<string>;
  unseen: number;
  acknowledge: () => void;
} {
  const replica = useReplica();
  const [arrived, setArrived] = useState<ReadonlySet<string>>(() => new Set());
  const [unseen, setUnseen] = useState(0);
  useEffect(() => {
    let seen: Set<string> | undefined;
    const subscription = openOrders$(replica).subscribe((orders) => {
      if (!seen) {
        seen = new Set(orders.map((o) => o.id));
        return;
      }
      const fresh = orders.filter((o) => !seen?.has(o.id)).map((o) => o.id);
      if (fresh.length === 0) return;
      for (const id of fresh) seen.add(id);
      setArrived((before) => new Set([...before, ...fresh]));
      setUnseen((n) => n + fresh.length);
    });
    return () => subscription.unsubscribe();
  }, [replica]);
  const acknowledge = useCallback(() => setUnseen(0), []);
  return { arrived, unseen, acknowledge };
}

/**
 * One work queue: the open orders of a stage (and kind), most urgent first. It
 * filters the optimistic state, so an order packed here leaves "to pack" at once.
 */
export function useOrderQueue({ kind, stage }: QueueFilter): OrderDoc[] {
  const orders = useOpenOrders();
  return useMemo(() => queueOf(orders, { kind, stage }), [orders, kind, stage]);
}

/** Every queue at once (the home screen). */
export function useQueues(): Record<Stage, OrderDoc[]> {
  const orders = useOpenOrders();
  return useMemo(() => queuesByStage(orders), [orders]);
}

/** Orders of a query, optimistic (lists that need closed orders too, e.g. the status page). */
export function useOrders(query?: OrdersQuery): OrderDoc[] {
  const replica = useReplica();
  const key = JSON.stringify(query ?? {});
  return useObservable(() => replica.views.orders$(query), [], [replica, key]);
}

/** One order and this device's commands on it that are still waiting for the service. */
export function useOrder(orderId: string): OrderView | undefined {
  const replica = useReplica();
  return useObservable(() => replica.views.order$(orderId), undefined, [replica, orderId]);
}

/** The order a scanned or typed code designates: order number (its barcode), pickup code or id. */
export function useOrderByCode(code: string): OrderDoc | undefined {
  const replica = useReplica();
  return useObservable(() => replica.views.orderByCode$(code), undefined, [replica, code]);
}

/** Orders of a customer by name, email or phone (contacts are masked on the device and compared masked). */
export function useCustomerOrders(text: string): OrderDoc[] {
  const replica = useReplica();
  return useObservable(() => replica.views.customerOrders$(text), [], [replica, text]);
}
