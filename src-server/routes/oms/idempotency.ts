import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { INTERNAL_ERROR } from '../../sync/quarantine';

const KEY = /^[0-9A-Za-z_.:-]{1,56}$/;

/** The Idempotency-Key header, as the routes that take it document (and validate) it. */
export const IDEMPOTENCY_HEADERS = {
  type: 'object',
  properties: {
    'idempotency-key': {
      type: 'string',
      pattern: KEY.source,
      description:
        'Send one per call and the same one on each retry: a retry gets the first answer again and changes ' +
        'nothing; the key with another body or on another endpoint is a 422 idempotency_key_reused.',
    },
  },
} as const;

/** The call's Idempotency-Key, if it sent one; a malformed key is a 400. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !KEY.test(key)) {
    throw new HttpError(
      400,
      'invalid_idempotency_key',
      'Idempotency-Key must be 1 to 56 characters among letters, digits and _ . : -',
    );
  }
  return key;
}

export type Answer = { status: number; body: unknown };

/** Refusals that came from running the command: the same call would get them again. */
const KEPT_REFUSALS = new Set([409, 422]);

/**
 * Run an OMS call once per Idempotency-Key. The key is bound to the endpoint
 * and the body's hash: the same call again gets the first answer back (same
 * status, same body); the key with another body or endpoint is a 422.
 */
export async function idempotent(
  ctx: ServiceContext,
  request: FastifyRequest,
  reply: FastifyReply,
  handle: () => Promise<Answer>,
): Promise<FastifyReply> {
  const key = idempotencyKeyOf(request);
  if (key === undefined) {
    const answer = await handle();
    return reply.status(answer.status).send(answer.body);
  }
  const endpoint = `${request.method} ${request.url.split('?')[0]}`;
  const bodyHash = createHash('sha256')
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
  const { rows } = await ctx.db.pool.query<{
    endpoint: string;
    body_hash: string;
    status: number;
    response: unknown;
  }>('SELECT endpoint, body_hash, status, response FROM idempotency_keys WHERE key = $1', [key]);
  const first = rows[0];
  if (first) {
    if (first.endpoint !== endpoint || first.body_hash !== bodyHash) {
      throw new HttpError(
        422,
        'idempotency_key_reused',
        `Idempotency-Key '${key}' was already used for another call (${first.endpoint === endpoint ? 'another body' : first.endpoint}).`,
      );
    }
    return reply.status(first.status).header('idempotent-replayed', 'true').send(first.response);
  }
  let answer: Answer;
  try {
    answer = await handle();
  } catch (error) {
    // A quarantined call is not answered for good: once replayed, a retry gets its real outcome.
    if (
      !(error instanceof HttpError && KEPT_REFUSALS.has(error.statusCode)) ||
      error.error === INTERNAL_ERROR
    )
      throw error;
    answer = { status: error.statusCode, body: { error: error.error, message: error.message } };
  }
  await ctx.db.pool.query(
    `INSERT INTO idempotency_keys (key, endpoint, body_hash, status, response) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (key) DO NOTHING`,
    [key, endpoint, bodyHash, answer.status, JSON.stringify(answer.body)],
  );
  return reply.status(answer.status).send(answer.body);
}
