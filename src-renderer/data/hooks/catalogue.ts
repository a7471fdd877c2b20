import type { ProductDoc } from '@shared/schemas/product';
import type { StockDoc } from '@shared/schemas/stock';
import { useEffect, useState } from 'react';
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

/** Products by SKU (names and shelf locations for lists); read once per set of SKUs. */
export function useProducts(skus: readonly string[]): ReadonlyMap<string, ProductDoc> {
  const replica = useReplica();
  const key = [...new Set(skus)].sort().join('\n');
  const [products, setProducts] = useState<ReadonlyMap<string, ProductDoc>>(new Map());
  useEffect(() => {
    let active = true;
    const list = key ? key.split('\n') : [];
    if (list.length === 0) setProducts(new Map());
    else void replica.views.products(list).then((found) => active && setProducts(found));
    return () => {
      active = false;
    };
  }, [replica, key]);
  return products;
}
