import type { ProductDoc } from '@shared/schemas/product';
import MiniSearch from 'minisearch';

/** What the index keeps of a product: the words a person types (the document itself stays in the replica). */
export type IndexedProduct = Pick<ProductDoc, 'sku' | 'name' | 'brand' | 'colour' | 'size'>;

/** Words a person types: one-letter words are dropped while longer ones are there (they match too much to help). */
export function queryWords(text: string): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const long = words.filter((w) => w.length >= 2);
  return long.length > 0 ? long : words;
}

/** Lower case, accents folded (“merinos” finds “mérinos”). */
export function foldTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * A full-text index of the catalogue (MiniSearch, in memory): words of the
 * name, brand, colour and size (accents folded); prefix matching from the third
 * letter so each keystroke narrows the list. No typo matching: it cost more
 * than the 50 ms a keystroke may take on 50,000 products. SKUs and EANs are not words: they go through the collection's own
 * indexes. Kept up to date one product at a time, so the device never rebuilds
 * it nor scans the catalogue to search.
 */
export class ProductIndex {
  private readonly index = new MiniSearch<IndexedProduct>({
    idField: 'sku',
    // One field of every word: scoring one field is several times cheaper than four.
    fields: ['text'],
    extractField: (doc, field) =>
      field === 'text'
        ? `${doc.name} ${doc.brand} ${doc.colour} ${doc.size}`
        : String(doc[field as keyof IndexedProduct]),
    processTerm: (term) => foldTerm(term) || null,
    searchOptions: {
      prefix: (term) => term.length >= 3,
      combineWith: 'AND',
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
    const words = queryWords(text);
    if (words.length === 0) return [];
    return this.index
      .search(words.join(' '))
      .slice(0, limit)
      .map((hit) => String(hit.id));
  }
}
