import type { CommandEnvelope } from '@shared/commands/envelope';
import type { BatchResult, DocChange } from '@shared/reducer/batch';
import type { StockDoc } from '@shared/schemas/stock';
import type pg from 'pg';
import { statements, withLiterals } from '../db/database';
import { stockChangedInsert, stockChangedJson, stockChangedOf } from '../network/stock-events';
import { networkStockJson, networkStockUpsert } from '../network/stock-rows';
import { assertDocument } from '../validation/documents';
import type { Loaded } from './load-slice';
import { type ProjectionRow, projectionsUpsert } from './projections';

function toRow(change: DocChange): ProjectionRow {
  const doc = change.doc as { status?: string; orderId?: string };
  assertDocument(change.collection, change.doc);
  return {
    id: change.id,
    seq: (change.doc as { seq: number }).seq,
    // An order reassigned away leaves the store's replicas as a tombstone.
    deleted: change.collection === 'orders' && doc.status === 'reassigned',
    doc: change.doc,
    ...(change.collection === 'tasks' ? { order_id: doc.orderId ?? '' } : {}),
  };
}

/**
 * Write what a batch of commands did, inside the caller's transaction: the safety stock of the
 * SKUs it moved is read (when it moved any), then everything is written in one statement —
 * documents of every collection and the receipts, the command rows, stock movements, events,
 * the network's view of stock and the feed's stock_changed (its seq is the store's before the batch,
 * as every part of one statement reads the same snapshot), and — `finish`, when no other run follows
 * in the transaction — the store's new sequence and the poke's NOTIFY (heard once committed).
 */
export async function persistBatch(
  client: pg.PoolClient,
  storeId: string,
  source: 'device' | 'oms',
  commands: readonly CommandEnvelope[],
  result: BatchResult,
  options: {
    /** No other run follows in the transaction: the store's new sequence, and the poke. */
    finish?: { seq: number; poke: string } | undefined;
    /** COMMIT the transaction with the write (one round trip less): nothing follows it. */
    commit?: boolean;
    /** The slice's load, with the safety stock of its SKUs (otherwise read here). */
    loaded?: Pick<Loaded, 'safety' | 'skus'>;
  } = {},
): Promise<void> {
  const { finish, commit = false, loaded } = options;
  const documents: (ProjectionRow & { collection: string })[] = [];
  const levels: StockDoc[] = [];
  for (const change of result.changes) {
    documents.push({ ...toRow(change), collection: change.collection });
    if (change.collection === 'stock') levels.push(change.doc as StockDoc);
  }
  for (const { deviceId, ...doc } of result.receipts)
    documents.push({
      collection: 'receipts',
      id: doc.id,
      seq: doc.seq,
      deleted: false,
      doc,
      device_id: deviceId,
    });

  const receiptById = new Map(result.receipts.map((r) => [r.id, r]));
  const commandRows = commands.map((c) => {
    const receipt = receiptById.get(c.id);
    return {
      id: c.id,
      type: c.type,
      device_id: c.deviceId,
      staff_id: c.staffId,
      device_time: c.deviceTime,
      payload: c.payload,
      seq: receipt?.seq ?? 0,
      outcome: receipt?.outcome ?? 'rejected',
      reason: receipt?.reason ?? '',
    };
  });
  // The network's view of stock and the feed's stock_changed follow the store's levels.
  const stockChanged = await stockChangedOf(
    client,
    storeId,
    levels,
    commands.at(-1)?.id ?? '',
    loaded && levels.every((l) => loaded.skus.has(l.sku)) ? loaded.safety : undefined,
  );
  const sql = `WITH documents AS (${projectionsUpsert('$2', '$1')}),
     command_rows AS (
       INSERT INTO commands (store_id, id, type, source, device_id, staff_id, device_time, payload, seq, outcome, reason)
       SELECT $1, x.id, x.type, $3, x.device_id, x.staff_id, x.device_time, x.payload, x.seq, x.outcome, x.reason
       FROM jsonb_to_recordset($4::jsonb) AS x(id text, type text, device_id text, staff_id text, device_time text,
         payload jsonb, seq bigint, outcome text, reason text)),
     movements AS (
       INSERT INTO stock_movements (store_id, id, sku, on_hand, reserved, unsellable, reason, command_id, order_id, at)
       SELECT $1, x.id, x.sku, x."onHand", x.reserved, x.unsellable, x.reason, x."commandId", x."orderId", x.at
       FROM jsonb_to_recordset($5::jsonb) AS x(id text, sku text, "onHand" int, reserved int, unsellable int,
         reason text, "commandId" text, "orderId" text, at timestamptz)),
     order_events AS (
       INSERT INTO events (store_id, seq, type, order_id, sku, command_id, data, at)
       SELECT $1, x.seq, x.type, x."orderId", x.sku, x."commandId", x.data, x.at
       FROM jsonb_to_recordset($6::jsonb) AS x(seq bigint, type text, "orderId" text, sku text, "commandId" text,
         data jsonb, at timestamptz)),
     network AS (${networkStockUpsert('$7', '$1')}),
     stock_events AS (${stockChangedInsert('$8')}),
     advanced AS (UPDATE stores SET seq = $9 WHERE id = $1 AND $9::bigint IS NOT NULL)
     SELECT pg_notify('store_changed', $10) WHERE $10::text IS NOT NULL`;
  const params = [
    storeId,
    JSON.stringify(documents),
    source,
    JSON.stringify(commandRows),
    JSON.stringify(result.movements),
    JSON.stringify(result.events),
    networkStockJson(levels),
    stockChangedJson(stockChanged),
    finish?.seq ?? null,
    finish?.poke ?? null,
  ];
  if (commit) await statements(client, [withLiterals(sql, params), 'COMMIT']);
  else await client.query(sql, params);
}
