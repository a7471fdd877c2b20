import type { PrintDocumentKind } from '@shared/ipc/contract';
import type { ProductDoc } from '@shared/schemas/product';
import type { StoreDoc } from '@shared/schemas/store';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** i18next's t, as the layouts use it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What every document is printed with: the store, its catalogue, the words, the time. */
export type PrintContext = {
  store: Pick<StoreDoc, 'name' | 'locale' | 'timezone' | 'currency'>;
  /** Products by SKU (names, sizes, shelf locations); a missing one prints with its SKU only. */
  products: ReadonlyMap<string, ProductDoc>;
  t: Translate;
  /** When it is printed (ISO). */
  now: string;
};

/**
 * One document: its pdfmake definition (the one layout, rendered to PDF the
 * same way in a browser and in the shell) and what the shell needs to file it.
 */
export type PrintableDocument = {
  kind: PrintDocumentKind;
  title: string;
  fileName: string;
  definition: TDocumentDefinitions;
};
