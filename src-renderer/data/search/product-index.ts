import type { ProductDoc } from '@shared/schemas/product';
import MiniSearch from 'minisearch';

/** What the index keeps of a product: the words a person types (the document itself stays in the replica). */
export type IndexedProduct = Pick<ProductDoc, 'sku' | 'name' | 'brand' | 'colour' | 'size'>;

/** Lower case, accents folded (“merinos” finds “mérinos”). */
export function foldTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * A full-text index of the catalogue (MiniSearch, in memory): name, brand,
 * colour, size and SKU words, prefix matching so each keystroke narrows the
 * list, small typos forgiven on longer words. Kept up to date one product at a
 * time, so the device never rebuilds it nor scans the catalogue to search.
 */
export class ProductIndex {
  private readonly index = new MiniSearch<IndexedProduct>({
    idField: 'sku',
    fields: ['name', 'brand', 'colour', 'size', 'sku'],
    processTerm: (term) => foldTerm(term) || null,
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.15 : false),
      combineWith: 'AND',
      boost: { name: 2, sku: 2 },
    },
  });

  get size(): number {
    return this.index.documentCount;
  }

  upsert(product: IndexedProduct): void {
    const doc = {
      sku: product.sku,
      name: product.name,
      brand: product.brand,
      colour: product.colour,
      size: product.size,
    };
    if (this.index.has(product.sku)) this.index.replace(doc);
    else this.index.add(doc);
  }

  upsertAll(products: readonly IndexedProduct[]): void {
    for (const product of products) this.upsert(product);
  }

  remove(sku: string): void {
    if (this.index.has(sku)) this.index.discard(sku);
  }

  /** The SKUs best matching what was typed, best first. */
  search(text: string, limit = 20): string[] {
    const query = text.trim();
    if (!query) return [];
    return this.index
      .search(query)
      .slice(0, limit)
      .map((hit) => String(hit.id));
  }
}
