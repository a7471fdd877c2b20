import type { OrderDoc } from '@shared/schemas/order';
import type { ProductDoc } from '@shared/schemas/product';
import type { ReturnDoc } from '@shared/schemas/return';
import type { StoreDoc } from '@shared/schemas/store';
import { map, type Observable } from 'rxjs';
import type { Replica } from '../data/replica';
import { plain } from '../data/views';
import type { PrintContext, Translate } from './documents';

const NO_STORE = { name: '', locale: 'fr-FR', timezone: 'Europe/Paris', currency: 'EUR' };

/** An order's returns, live (for its print menu). */
export function returnsOf$(replica: Replica, orderId: string): Observable<ReturnDoc[]> {
  return replica.db.returns
    .find({ selector: { orderId }, sort: [{ createdAt: 'asc' }] })
    .$.pipe(map((docs) => docs.map((d) => plain<ReturnDoc>(d) as ReturnDoc)));
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
    replica.db.store.findOne().exec(),
    replica.db.products.findByIds(skus).exec(),
  ]);
  return {
    store: plain<StoreDoc>(store) ?? NO_STORE,
    products: new Map([...products].map(([sku, doc]) => [sku, plain<ProductDoc>(doc) as ProductDoc])),
    t,
    now: new Date().toISOString(),
  };
}
