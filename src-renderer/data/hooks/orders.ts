import { CLOSED_STATUSES } from '@shared/domain/codes';
import type { OrderDoc } from '@shared/schemas/order';
import { useMemo } from 'react';
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
