import type { ProductDoc } from '@shared/schemas/product';
import type { StockDoc } from '@shared/schemas/stock';
import type { MovementView } from '@shared/sync/protocol';
import { useEffect, useState } from 'react';
import { useObservable, useReplica } from '../react';
import type { ReplicaLookups } from '../replica';
import type { SearchStatus } from '../search/catalogue-search';

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

/** This device's movements of a SKU still waiting for the service, newest first (offline too). */
export function usePendingMovements(sku: string): MovementView[] {
  const replica = useReplica();
  return useObservable(() => replica.views.pendingMovements$(sku), [], [replica, sku]);
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

/** Products for what was typed (SKU, EAN, words), best first, through the product index. */
export function useProductSearch(text: string, limit = 20): { products: ProductDoc[]; searching: boolean } {
  const replica = useReplica();
  const [result, setResult] = useState<{ text: string; products: ProductDoc[] }>({ text: '', products: [] });
  useEffect(() => {
    let live = true;
    if (!text.trim()) {
      setResult({ text, products: [] });
      return;
    }
    void replica.views.searchProducts(text, limit).then((products) => {
      if (live) setResult({ text, products });
    });
    return () => {
      live = false;
    };
  }, [replica, text, limit]);
  return { products: result.products, searching: result.text !== text };
}

/** How much of the catalogue the search index holds yet. */
export function useSearchStatus(): SearchStatus {
  const replica = useReplica();
  return useObservable(() => replica.views.searchStatus$(), { indexed: 0, ready: false }, [replica]);
}

/** One product by SKU, live (undefined while loading, null when the device does not hold it). */
export function useProduct(sku: string): ProductDoc | null | undefined {
  const replica = useReplica();
  return useObservable(() => replica.views.product$(sku), undefined, [replica, sku]);
}

/** Questions for the service while online (order by number, stock movements); they throw offline. */
export function useLookups(): ReplicaLookups {
  return useReplica().lookups;
}
