import type { OrderDoc } from '@shared/schemas/order';

/** Where things live in the app (hash routes): one place, so links and scans agree. */
export const paths = {
  home: '/',
  picking: '/picking',
  collect: '/collect',
  returns: '/returns',
  stock: '/stock',
  manager: '/manager',
  inbox: '/inbox',
  status: '/status',
  orderPick: (orderId: string) => `/orders/${encodeURIComponent(orderId)}/pick`,
  orderCollect: (orderId: string) => `/collect/${encodeURIComponent(orderId)}`,
  product: (sku: string) => `/stock/${encodeURIComponent(sku)}`,
} as const;

/** The screen an order opens on: its workflow's screen for the step it is at. */
export function orderPath(order: Pick<OrderDoc, 'id' | 'kind'>): string {
  return order.kind === 'click_and_collect' ? paths.orderCollect(order.id) : paths.orderPick(order.id);
}
