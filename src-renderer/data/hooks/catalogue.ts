import type { ProductDoc } from '@shared/schemas/product';
import type { StockDoc } from '@shared/schemas/stock';
import { useObservable, useReplica } from '../react';

/** The product a scanned EAN/UPC designates (indexed look-up, never a catalogue scan). */
export function useProductByBarcode(ean: string): ProductDoc | undefined {
  const replica = useReplica();
  return useObservable(() => replica.views.productByBarcode$(ean), undefined, [replica, ean]);
}

/** Stock of a SKU as this device expects it (its own unsettled movements included). */
export function useStockLevel(sku: string): StockDoc | undefined {
  const replica = useReplica();
  return useObservable(() => replica.views.stock$(sku), undefined, [replica, sku]);
}
