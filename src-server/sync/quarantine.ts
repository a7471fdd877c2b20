import type { CommandSource } from '@shared/commands';
import type { CommandEnvelope } from '@shared/commands/envelope';
import type { BatchResult } from '@shared/reducer/batch';
import type { ReceiptDoc } from '@shared/schemas/receipt';
import type pg from 'pg';
import { upsertProjections } from './projections';

export const INTERNAL_ERROR = 'internal_error';

/**
 * Keep a command that failed unexpectedly aside, with its error, and answer it
 * with a receipt 'internal_error': the device settles it as refused and its
 * queue goes on. Nothing is lost: the command waits here for a replay.
 */
export async function quarantineCommand(
  client: pg.PoolClient,
  storeId: string,
  source: CommandSource,
  command: CommandEnvelope,
  error: unknown,
  at: string,
  seq: number,
): Promise<Pick<BatchResult, 'seq' | 'receipts' | 'changes'> & { state: undefined }> {
  const next = seq + 1;
  const receipt: ReceiptDoc = {
    id: command.id,
    type: command.type,
    orderId: command.orderId,
    outcome: 'rejected',
    reason: INTERNAL_ERROR,
    seq: next,
    at,
  };
  await upsertProjections(client, storeId, 'receipts', [
    { id: command.id, seq: next, deleted: false, doc: receipt, device_id: command.deviceId },
  ]);
  await client.query(
    `INSERT INTO commands (store_id, id, type, source, device_id, staff_id, device_time, payload, seq, outcome, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'rejected', $10)
     ON CONFLICT (store_id, id) DO UPDATE SET seq = EXCLUDED.seq, outcome = EXCLUDED.outcome, reason = EXCLUDED.reason`,
    [
      storeId,
      command.id,
      command.type,
      source,
      command.deviceId,
      command.staffId,
      command.deviceTime,
      JSON.stringify(command.payload),
      next,
      INTERNAL_ERROR,
    ],
  );
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  await client.query(
    `INSERT INTO quarantine (store_id, command_id, source, command, error) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (store_id, command_id) DO UPDATE
       SET error = EXCLUDED.error, command = EXCLUDED.command, quarantined_at = now(), replayed_at = NULL,
           replay_outcome = '', replay_reason = ''`,
    [storeId, command.id, source, JSON.stringify(command), message.slice(0, 2000)],
  );
  return { seq: next, receipts: [{ ...receipt, deviceId: command.deviceId }], changes: [], state: undefined };
}
