import type { StockRow } from '@shared/network/availability';
import type { StockDoc } from '@shared/schemas/stock';
import type pg from 'pg';

export type Queryable = Pick<pg.PoolClient, 'query'>;

/** The upsert of network stock rows from a JSON parameter (networkStockJson), `$store` the store. */
export function networkStockUpsert(json: string, store: string): string {
  return `INSERT INTO network_stock (sku, store_id, on_hand, reserved, unsellable, updated_at)
     SELECT x.sku, ${store}, x."onHand", x.reserved, x.unsellable, x."updatedAt"
     FROM jsonb_to_recordset(${json}::jsonb) AS x(sku text, "onHand" int, reserved int, unsellable int, "updatedAt" timestamptz)
     ON CONFLICT (sku, store_id) DO UPDATE
       SET on_hand = EXCLUDED.on_hand, reserved = EXCLUDED.reserved, unsellable = EXCLUDED.unsellable,
           updated_at = EXCLUDED.updated_at`;
}

export function networkStockJson(levels: readonly StockDoc[]): string {
  return JSON.stringify(
    levels.map((l) => ({
      sku: l.sku,
      onHand: l.onHand,
      reserved: l.reserved,
      unsellable: l.unsellable,
      updatedAt: l.updatedAt,
    })),
  );
}

/** Keep the network's view of a store's stock in step with its projection (same transaction). */
export async function writeNetworkStock(
  client: Queryable,
  storeId: string,
  levels: readonly StockDoc[],
): Promise<void> {
  if (levels.length === 0) return;
  await client.query(networkStockUpsert('$2', '$1'), [storeId, networkStockJson(levels)]);
}

type Row = {
  sku: string;
  store_id: string;
  on_hand: number;
  reserved: number;
  unsellable: number;
  updated_at: string;
};

/** A timestamptz as toISOString() writes it, formatted by the server: parsing 100,000 Dates costs more than the query. */
export const ISO_UTC = `to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Stock of these SKUs in every store (or only those listed), by SKU. */
export async function readStockRows(
  db: Queryable,
  skus: readonly string[],
  storeIds: readonly string[] | null,
): Promise<Map<string, (StockRow & { sku: string })[]>> {
  const { rows } = await db.query<Row>(
    `SELECT sku, store_id, on_hand, reserved, unsellable, ${ISO_UTC} AS updated_at FROM network_stock
     WHERE sku = ANY($1::text[]) AND ($2::text[] IS NULL OR store_id = ANY($2::text[]))`,
    [skus, storeIds],
  );
  const bySku = new Map<string, (StockRow & { sku: string })[]>();
  for (const r of rows) {
    const list = bySku.get(r.sku) ?? [];
    list.push({
      sku: r.sku,
      storeId: r.store_id,
      onHand: r.on_hand,
      reserved: r.reserved,
      unsellable: r.unsellable,
      updatedAt: r.updated_at,
    });
    bySku.set(r.sku, list);
  }
  return bySku;
}
