import { normalizeGtin } from '@shared/domain/barcode';
import type { ProductDoc } from '@shared/schemas/product';
import { BehaviorSubject, type Observable, type Subscription } from 'rxjs';
import type { ReplicaDatabase } from '../database';
import { plain } from '../views';
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
      if (event.operation === 'DELETE') this.index.remove(event.documentId);
      else this.index.upsert(event.documentData as ProductDoc);
      if (this.status.value.ready) this.status.next({ indexed: this.index.size, ready: true });
    });
    let after = '';
    for (;;) {
      if (this.stopped) return;
      const page = await this.db.products
        .find({ selector: { sku: { $gt: after } }, sort: [{ sku: 'asc' }], limit: PAGE })
        .exec();
      this.index.upsertAll(page.map((d) => d.toJSON() as ProductDoc));
      this.status.next({ indexed: this.index.size, ready: false });
      if (page.length < PAGE) break;
      after = page[page.length - 1]?.sku ?? after;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.status.next({ indexed: this.index.size, ready: true });
  }

  /**
   * Products for what was typed or scanned, best first: an exact SKU or barcode
   * on top, then the words' matches.
   */
  async search(text: string, limit = 20): Promise<ProductDoc[]> {
    const query = text.trim();
    if (!query) return [];
    void this.start();
    const exact: string[] = [];
    const gtin = /^\d{8,14}$/.test(query) ? normalizeGtin(query) : '';
    const [bySku, byBarcode] = await Promise.all([
      this.db.products.findOne(query.toUpperCase()).exec(),
      gtin ? this.db.products.findOne({ selector: { barcode: gtin } }).exec() : Promise.resolve(null),
    ]);
    for (const doc of [bySku, byBarcode]) if (doc && !exact.includes(doc.sku)) exact.push(doc.sku);
    const words = this.index.search(query, limit).filter((sku) => !exact.includes(sku));
    const skus = [...exact, ...words].slice(0, limit);
    if (skus.length === 0) return [];
    const docs = await this.db.products.findByIds(skus).exec();
    return skus.flatMap((sku) => {
      const doc = plain<ProductDoc>(docs.get(sku));
      return doc ? [doc] : [];
    });
  }

  stop(): void {
    this.stopped = true;
    this.changes?.unsubscribe();
  }
}
