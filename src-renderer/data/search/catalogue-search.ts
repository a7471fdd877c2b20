import { normalizeGtin } from '@shared/domain/barcode';
import type { ProductDoc } from '@shared/schemas/product';
import { BehaviorSubject, type Observable, type Subscription } from 'rxjs';
import type { ReplicaDatabase } from '../database';
import { plain } from '../views';
import { CodeIndex } from './code-index';
import { ProductIndex } from './product-index';

export type SearchStatus = { indexed: number; ready: boolean };

const PAGE = 2_000;

/**
 * Product search of one replica: exact SKU and barcode through the collection's
 * indexes, words through the in-memory ProductIndex. The index is built the
 * first time someone searches, in pages that yield to the screen, and then
 * follows the products collection's changes (pulls of the catalogue).
 */
export class CatalogueSearch {
  private readonly index = new ProductIndex();
  private readonly codes = new CodeIndex();
  private readonly status = new BehaviorSubject<SearchStatus>({ indexed: 0, ready: false });
  private changes: Subscription | undefined;
  private building: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly db: ReplicaDatabase) {}

  get status$(): Observable<SearchStatus> {
    return this.status.asObservable();
  }

  /** Start indexing (idempotent); resolves once the whole catalogue on the device is indexed. */
  start(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  private async build(): Promise<void> {
    // Follow changes first, so a product pulled while the pages are read is not missed.
    this.changes = this.db.products.$.subscribe((event) => {
      if (event.operation === 'DELETE') {
        this.index.remove(event.documentId);
        this.codes.remove(event.documentId);
      } else this.add(event.documentData as ProductDoc);
      if (this.status.value.ready) this.status.next({ indexed: this.index.size, ready: true });
    });
    let after = '';
    for (;;) {
      if (this.stopped) return;
      const page = await this.db.products
        .find({ selector: { sku: { $gt: after } }, sort: [{ sku: 'asc' }], limit: PAGE })
        .exec();
      for (const doc of page) this.add(doc.toJSON() as ProductDoc);
      this.status.next({ indexed: this.index.size, ready: false });
      if (page.length < PAGE) break;
      after = page[page.length - 1]?.sku ?? after;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.codes.startingWith('0', 1); // sort the codes now rather than on the first look-up
    this.status.next({ indexed: this.index.size, ready: true });
  }

  private add(product: ProductDoc): void {
    this.index.upsert(product);
    this.codes.upsert(product.sku, product.barcodes);
  }

  /**
   * Products for what was typed or scanned, best first: an exact SKU or barcode
   * on top, then the words' matches.
   */
  async search(text: string, limit = 20): Promise<ProductDoc[]> {
    const query = text.trim();
    if (!query) return [];
    void this.start();
    const skus: string[] = [];
    const add = (sku: string) => {
      if (!skus.includes(sku)) skus.push(sku);
    };
    // One token may be a code: SKUs and barcodes starting with it first (a UPC-A as its EAN-13).
    if (!/\s/.test(query)) {
      const gtin = /^\d{12}$/.test(query) ? normalizeGtin(query) : '';
      for (const sku of this.codes.startingWith(gtin || query, limit)) add(sku);
    }
    if (skus.length < limit) for (const sku of this.index.search(query, limit)) add(sku);
    const chosen = skus.slice(0, limit);
    if (chosen.length === 0) return [];
    const docs = await this.db.products.findByIds(chosen).exec();
    return chosen.flatMap((sku) => {
      const doc = plain<ProductDoc>(docs.get(sku));
      return doc ? [doc] : [];
    });
  }

  stop(): void {
    this.stopped = true;
    this.changes?.unsubscribe();
  }
}
