import type { OrderDoc } from '@shared/schemas/order';
import type { ProductDoc } from '@shared/schemas/product';
import { useCallback } from 'react';
import { firstValueFrom } from 'rxjs';
import { useReplica } from '../react';

export type Found = { order: OrderDoc } | { product: ProductDoc } | null;

/** One-shot look-up of a scanned or typed code: an order (number, pickup code) first, then a product (EAN). */
export function useFindByCode(): (code: string) => Promise<Found> {
  const replica = useReplica();
  return useCallback(
    async (code: string) => {
      const order = await firstValueFrom(replica.views.orderByCode$(code));
      if (order) return { order };
      const product = await firstValueFrom(replica.views.productByBarcode$(code));
      return product ? { product } : null;
    },
    [replica],
  );
}
