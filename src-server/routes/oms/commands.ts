import { type CommandType, definitionOf, type PayloadOf } from '@shared/commands';
import type { CommandEnvelope } from '@shared/commands/envelope';
import type { FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { applyCommands } from '../../sync/apply-commands';
import { INTERNAL_ERROR } from '../../sync/quarantine';
import { refuseMalformed } from '../../validation/commands';
import { idempotencyKeyOf } from './idempotency';

/** What an OMS call run as a command can refuse: unknown store, a key's command taken, refused or quarantined. */
export const COMMAND_REFUSALS = [404, 409, 422] as const;

/**
 * Run one OMS call as a command, through the same lock and reducer as the
 * store's devices. An Idempotency-Key header makes a retried call change nothing.
 */
export async function runOmsCommand<T extends CommandType>(
  ctx: ServiceContext,
  request: FastifyRequest,
  storeId: string,
  type: T,
  payload: PayloadOf<T>,
) {
  const key = idempotencyKeyOf(request);
  const id = key === undefined ? uuidv7() : `oms:${key}`;
  const command: CommandEnvelope = {
    id,
    type,
    orderId: definitionOf(type)?.orderId(payload) ?? '',
    deviceId: 'oms',
    staffId: 'oms',
    deviceTime: ctx.now(),
    payload,
  };
  const refused = refuseMalformed([command], 'oms');
  if (refused[0]) throw new HttpError(400, refused[0].reason, refused[0].detail);
  const { receipts, state } = await applyCommands(ctx.db, storeId, [command], 'oms', ctx.now);
  const receipt = receipts[0];
  if (!receipt) throw new Error('no receipt');
  if (receipt.reason === INTERNAL_ERROR) {
    throw new HttpError(
      422,
      INTERNAL_ERROR,
      'The service could not apply this call because of a fault on its side. The call is kept in quarantine ' +
        'and will be replayed after a fix; retrying it with the same Idempotency-Key then answers its outcome.',
    );
  }
  return { receipt, state };
}
