import {
  indexSafetyStock,
  type SafetyStockIndex,
  type SafetyStockRule,
  safetyStockFor,
} from '@shared/network/safety-stock';
import type { Queryable } from './stock-rows';

export type SafetyStock = {
  index: SafetyStockIndex;
  categories: Map<string, string>;
  /** The safety stock of a SKU in a store. */
  of(storeId: string, sku: string): number;
};

/** The categories and rules read for some SKUs (safetyStockRead). */
export type SafetyStockRead = {
  categories: { sku: string; category: string }[];
  rules: { store_id: string; sku: string; category: string; qty: number }[];
};

/**
 * The rules that can apply to the SKUs of a text[] expression (theirs, their categories', the
 * defaults) and the SKUs' categories: one row (SafetyStockRead) as JSON, `categories` and `rules`.
 */
export function safetyStockRead(skus: string): string {
  return `WITH cats AS (SELECT sku, category FROM sku_categories WHERE sku = ANY(${skus}))
     SELECT (SELECT coalesce(json_agg(cats), '[]') FROM cats) AS categories,
            (SELECT coalesce(json_agg(r), '[]') FROM (
               SELECT store_id, sku, category, qty FROM safety_stock
                WHERE sku = ANY(${skus}) OR (sku = '' AND category = '')
                   OR (sku = '' AND category IN (SELECT category FROM cats))) r) AS rules`;
}

export function safetyStockOf(read: SafetyStockRead | undefined): SafetyStock {
  const categories = new Map((read?.categories ?? []).map((r) => [r.sku, r.category]));
  const index = indexSafetyStock(
    (read?.rules ?? []).map((r) => ({ storeId: r.store_id, sku: r.sku, category: r.category, qty: r.qty })),
  );
  return {
    index,
    categories,
    of: (storeId, sku) => safetyStockFor(index, storeId, sku, categories.get(sku) ?? ''),
  };
}

/** The rules that can apply to these SKUs (theirs, their categories', the defaults) and the categories. */
export async function loadSafetyStock(db: Queryable, skus: readonly string[]): Promise<SafetyStock> {
  // One round trip: the SKUs' categories, and the rules of the SKUs, of those categories and the defaults.
  const read = await db.query<SafetyStockRead>(safetyStockRead('$1::text[]'), [skus]);
  return safetyStockOf(read.rows[0]);
}

export type SafetyRuleInput = { storeId?: string; sku?: string; category?: string; qty: number | null };

/** Set (qty) or remove (null) rules; returns the (store, sku) pairs whose figure may have changed. */
export async function writeSafetyRules(
  client: Queryable,
  rules: readonly SafetyRuleInput[],
  now: string,
): Promise<void> {
  const rows = rules.map((r) => ({
    store_id: r.storeId ?? '',
    sku: r.sku ?? '',
    category: r.category ?? '',
    qty: r.qty,
  }));
  await client.query(
    `DELETE FROM safety_stock s USING jsonb_to_recordset($1::jsonb) AS x(store_id text, sku text, category text, qty int)
     WHERE x.qty IS NULL AND s.store_id = x.store_id AND s.sku = x.sku AND s.category = x.category`,
    [JSON.stringify(rows)],
  );
  // The last of two rules for one key wins, as if they had been sent one after the other.
  const last = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (r.qty !== null) last.set(`${r.store_id}\u0000${r.sku}\u0000${r.category}`, r);
  await client.query(
    `INSERT INTO safety_stock (store_id, sku, category, qty, updated_at)
     SELECT x.store_id, x.sku, x.category, x.qty, $2 FROM jsonb_to_recordset($1::jsonb)
       AS x(store_id text, sku text, category text, qty int)
     ON CONFLICT (store_id, sku, category) DO UPDATE SET qty = EXCLUDED.qty, updated_at = EXCLUDED.updated_at`,
    [JSON.stringify([...last.values()]), now],
  );
}

export async function listSafetyRules(
  db: Queryable,
  filter: { storeId?: string; sku?: string; category?: string },
  limit: number,
): Promise<(SafetyStockRule & { updatedAt: string })[]> {
  const { rows } = await db.query<{
    store_id: string;
    sku: string;
    category: string;
    qty: number;
    updated_at: Date;
  }>(
    `SELECT store_id, sku, category, qty, updated_at FROM safety_stock
     WHERE ($1::text IS NULL OR store_id = $1) AND ($2::text IS NULL OR sku = $2) AND ($3::text IS NULL OR category = $3)
     ORDER BY store_id, sku, category LIMIT $4`,
    [filter.storeId ?? null, filter.sku ?? null, filter.category ?? null, limit],
  );
  return rows.map((r) => ({
    storeId: r.store_id,
    sku: r.sku,
    category: r.category,
    qty: r.qty,
    updatedAt: r.updated_at.toISOString(),
  }));
}

/** Put SKUs in categories (the category a safety-stock rule may name). */
export async function writeCategories(
  client: Queryable,
  items: readonly { sku: string; category: string }[],
): Promise<void> {
  const last = new Map(items.map((i) => [i.sku, i.category]));
  await client.query(
    `INSERT INTO sku_categories (sku, category)
     SELECT x.sku, x.category FROM jsonb_to_recordset($1::jsonb) AS x(sku text, category text)
     ON CONFLICT (sku) DO UPDATE SET category = EXCLUDED.category`,
    [JSON.stringify([...last].map(([sku, category]) => ({ sku, category })))],
  );
}
