import type { CommandEnvelope } from '@shared/commands/envelope';
import { type Database, transaction } from '../db/database';
import { applyWithin } from './apply-commands';
import { INTERNAL_ERROR } from './quarantine';

export type QuarantinedCommand = {
  id: number;
  storeId: string;
  commandId: string;
  type: string;
  source: string;
  error: string;
  quarantinedAt: string;
  replayedAt: string | null;
  replayOutcome: string;
  replayReason: string;
};

type Row = {
  id: number;
  store_id: string;
  command_id: string;
  source: string;
  command: CommandEnvelope;
  error: string;
  quarantined_at: Date;
  replayed_at: Date | null;
  replay_outcome: string;
  replay_reason: string;
};

function toEntry(row: Row): QuarantinedCommand {
  return {
    id: row.id,
    storeId: row.store_id,
    commandId: row.command_id,
    type: row.command.type,
    source: row.source,
    error: row.error,
    quarantinedAt: row.quarantined_at.toISOString(),
    replayedAt: row.replayed_at ? row.replayed_at.toISOString() : null,
    replayOutcome: row.replay_outcome,
    replayReason: row.replay_reason,
  };
}

export async function listQuarantine(
  db: Database,
  filter: { storeId?: string; pending: boolean; limit: number },
): Promise<QuarantinedCommand[]> {
  const { rows } = await db.pool.query<Row>(
    `SELECT * FROM quarantine
     WHERE ($1::text IS NULL OR store_id = $1) AND (NOT $2::boolean OR replayed_at IS NULL)
     ORDER BY id LIMIT $3`,
    [filter.storeId ?? null, filter.pending, filter.limit],
  );
  return rows.map(toEntry);
}

/**
 * Apply a quarantined command again (after a fix), as if it arrived now. Its
 * new receipt replaces the 'internal_error' one; if it fails again it stays here.
 */
export async function replayQuarantined(
  db: Database,
  id: number,
  now: () => string,
): Promise<QuarantinedCommand | undefined> {
  const row = await transaction(db, async (client) => {
    const found = await client.query<Row>('SELECT * FROM quarantine WHERE id = $1', [id]);
    const entry = found.rows[0];
    if (!entry) return undefined;
    // Lock the store before touching its commands, as every write does.
    await client.query('SELECT seq FROM stores WHERE id = $1 FOR UPDATE', [entry.store_id]);
    await client.query('DELETE FROM commands WHERE store_id = $1 AND id = $2', [
      entry.store_id,
      entry.command_id,
    ]);
    const source = entry.source === 'oms' ? 'oms' : 'device';
    const { receipts } = await applyWithin(client, entry.store_id, [entry.command], source, now);
    const receipt = receipts[0];
    if (receipt && receipt.reason !== INTERNAL_ERROR) {
      await client.query(
        `UPDATE quarantine SET replayed_at = now(), replay_outcome = $3, replay_reason = $4
          WHERE store_id = $1 AND id = $2`,
        [entry.store_id, id, receipt.outcome, receipt.reason],
      );
    }
    const again = 'SELECT * FROM quarantine WHERE store_id = $1 AND id = $2';
    return (await client.query<Row>(again, [entry.store_id, id])).rows[0];
  });
  return row ? toEntry(row) : undefined;
}
