import type { OrderDoc } from '@shared/schemas/order';
import type { ReturnDoc } from '@shared/schemas/return';
import { firstValueFrom, type Observable } from 'rxjs';
import type { Replica } from '../data/hooks';
import type { PrintContext, Translate } from './documents';

const NO_STORE = { name: '', locale: 'fr-FR', timezone: 'Europe/Paris', currency: 'EUR' };

/** An order's returns, live (for its print menu). */
export function returnsOf$(replica: Replica, orderId: string): Observable<ReturnDoc[]> {
  return replica.views.returnsOf$(orderId);
}

/** What a document of this order needs from the replica, read when it is printed. */
export async function printContext(
  replica: Replica,
  order: OrderDoc,
  returns: readonly ReturnDoc[],
  t: Translate,
): Promise<PrintContext> {
  const skus = [
    ...new Set([...order.lines.map((l) => l.sku), ...returns.flatMap((r) => r.lines.map((l) => l.sku))]),
  ];
  const [store, products] = await Promise.all([
    firstValueFrom(replica.views.store$()),
    replica.views.products(skus),
  ]);
  return {
    store: store ?? NO_STORE,
    products,
    t,
    now: new Date().toISOString(),
  };
}
