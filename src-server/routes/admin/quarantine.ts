import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { adminGuard } from '../../http/guards';
import { listQuarantine, replayQuarantined } from '../../sync/replay';
import { STORE_ID } from '../oms/stores';

const entry = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    storeId: { type: 'string' },
    commandId: { type: 'string' },
    type: { type: 'string' },
    source: { type: 'string' },
    error: { type: 'string' },
    quarantinedAt: { type: 'string' },
    replayedAt: { type: ['string', 'null'] },
    replayOutcome: { type: 'string' },
    replayReason: { type: 'string' },
  },
} as const;

/** Commands that failed unexpectedly: listed for IT, replayed once the fault is fixed. */
export function quarantineRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const guard = adminGuard(ctx);

  app.get<{ Querystring: { storeId?: string; pending: boolean; limit: number } }>(
    '/quarantine',
    {
      preHandler: guard,
      schema: {
        tags: ['admin'],
        summary: 'Commands kept aside after an unexpected failure (answered internal_error to the device)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            storeId: STORE_ID,
            pending: { type: 'boolean', default: true },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          },
        },
        response: { 200: { type: 'object', properties: { commands: { type: 'array', items: entry } } } },
      },
    },
    async (request) => ({ commands: await listQuarantine(ctx.db, request.query) }),
  );

  app.post<{ Params: { id: number } }>(
    '/quarantine/:id/replay',
    {
      preHandler: guard,
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['admin'],
        summary: 'Apply a quarantined command again; it leaves the list once it no longer fails',
        params: {
          type: 'object',
          properties: { id: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER } },
          required: ['id'],
        },
        response: { 200: entry },
      },
    },
    async (request) => {
      const replayed = await replayQuarantined(ctx.db, request.params.id, ctx.now);
      if (!replayed) throw new HttpError(404, 'not_found', `No quarantined command ${request.params.id}.`);
      return replayed;
    },
  );
}
