import { netAvailable, type StockRow } from '@shared/network/availability';
import type { StockDoc } from '@shared/schemas/stock';
import type { SafetyRuleInput } from './safety-stock';
import { loadSafetyStock, type SafetyStock } from './safety-stock';
import { type Queryable, readStockRows } from './stock-rows';

export type StockChanged = {
  storeId: string;
  sku: string;
  level: Omit<StockRow, 'storeId'>;
  safetyStock: number;
  commandId: string;
  at: string;
};

/**
 * Write `stock_changed` events: one per store and SKU per transaction. A second write in the same
 * transaction updates the first (the unique index on txid, store and SKU), so the feed carries the
 * level the transaction left, once. The event's seq is the store's sequence at that point.
 */
async function insertStockChanged(client: Queryable, events: readonly StockChanged[]): Promise<void> {
  if (events.length === 0) return;
  await client.query(stockChangedInsert('$1'), [stockChangedJson(events)]);
}

/** The insert of stock_changed events from a JSON parameter (stockChangedJson). */
export function stockChangedInsert(json: string): string {
  return `INSERT INTO events (store_id, seq, type, order_id, sku, command_id, data, at)
     SELECT x."storeId", s.seq, 'stock_changed', '', x.sku, x."commandId", x.data, x.at
     FROM jsonb_to_recordset(${json}::jsonb) AS x("storeId" text, sku text, "commandId" text, data jsonb, at timestamptz)
     JOIN stores s ON s.id = x."storeId"
     ON CONFLICT (txid, store_id, sku) WHERE type = 'stock_changed'
       DO UPDATE SET seq = EXCLUDED.seq, command_id = EXCLUDED.command_id, data = EXCLUDED.data, at = EXCLUDED.at`;
}

export function stockChangedJson(events: readonly StockChanged[]): string {
  return JSON.stringify(
    events.map((e) => ({
      storeId: e.storeId,
      sku: e.sku,
      commandId: e.commandId,
      at: e.at,
      data: {
        onHand: e.level.onHand,
        reserved: e.level.reserved,
        unsellable: e.level.unsellable,
        safetyStock: e.safetyStock,
        netAvailable: netAvailable(e.level, e.safetyStock),
        updatedAt: e.level.updatedAt,
      },
    })),
  );
}

/** The stock_changed events of the levels a batch of commands wrote (reads the safety stock that applies). */
export async function stockChangedOf(
  client: Queryable,
  storeId: string,
  levels: readonly StockDoc[],
  commandId: string,
  /** The safety stock of these SKUs, already read (otherwise it is read here). */
  read?: SafetyStock,
): Promise<StockChanged[]> {
  if (levels.length === 0) return [];
  const safety =
    read ??
    (await loadSafetyStock(
      client,
      levels.map((l) => l.sku),
    ));
  return levels.map((l) => ({
    storeId,
    sku: l.sku,
    level: { onHand: l.onHand, reserved: l.reserved, unsellable: l.unsellable, updatedAt: l.updatedAt },
    safetyStock: safety.of(storeId, l.sku),
    commandId,
    at: l.updatedAt,
  }));
}

/** The stock levels a batch of commands wrote, as feed events (inside the batch's transaction). */
export async function emitStockChanged(
  client: Queryable,
  storeId: string,
  levels: readonly StockDoc[],
  commandId: string,
): Promise<void> {
  await insertStockChanged(client, await stockChangedOf(client, storeId, levels, commandId));
}

/**
 * Run a change of safety stock (or of categories) and tell the feed what it did: a stock_changed
 * event for every store and SKU whose net available moved. A default rule (no SKU, no category)
 * moves every SKU of its stores: those get one `safety_stock_changed` event per store instead.
 */
export async function emitSafetyStockChanges(
  client: Queryable,
  rules: readonly SafetyRuleInput[],
  write: () => Promise<void>,
  now: string,
): Promise<number> {
  const categories = [...new Set(rules.flatMap((r) => (r.category ? [r.category] : [])))];
  const inCategories = categories.length
    ? (
        await client.query<{ sku: string }>(
          'SELECT sku FROM sku_categories WHERE category = ANY($1::text[])',
          [categories],
        )
      ).rows.map((r) => r.sku)
    : [];
  const skus = [...new Set([...rules.flatMap((r) => (r.sku ? [r.sku] : [])), ...inCategories])];
  const rows = await readStockRows(client, skus, null);
  const before = await loadSafetyStock(client, skus);
  await write();
  const after = await loadSafetyStock(client, skus);
  const events: StockChanged[] = [];
  for (const [sku, levels] of rows) {
    for (const level of levels) {
      const was = before.of(level.storeId, sku);
      const is = after.of(level.storeId, sku);
      if (netAvailable(level, was) === netAvailable(level, is) && was === is) continue;
      events.push({ storeId: level.storeId, sku, level, safetyStock: is, commandId: '', at: now });
    }
  }
  await insertStockChanged(client, events);

  const defaults = rules.filter((r) => !r.sku && !r.category);
  if (defaults.length > 0) {
    await client.query(
      `INSERT INTO events (store_id, seq, type, order_id, sku, command_id, data, at)
       SELECT s.id, s.seq, 'safety_stock_changed', '', '', '', jsonb_build_object('defaultQty', x.qty), $2
       FROM jsonb_to_recordset($1::jsonb) AS x("storeId" text, qty int)
       JOIN stores s ON x."storeId" = '' OR s.id = x."storeId"`,
      [JSON.stringify(defaults.map((d) => ({ storeId: d.storeId ?? '', qty: d.qty }))), now],
    );
  }
  return events.length;
}
