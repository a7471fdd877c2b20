import { isPaused, remainingCapacity } from '@shared/domain/capacity';
import { ORDER_KINDS } from '@shared/domain/codes';
import type { CapacityDoc } from '@shared/schemas/capacity';
import type { FastifyInstance } from 'fastify';
import { answer } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { omsGuard } from '../../http/guards';
import { readStore } from '../../sync/stores';
import { STORE_ID } from './stores';

const DATE = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', maxLength: 10 } as const;

export function omsCapacityRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get<{ Params: { storeId: string }; Querystring: { from?: string; to?: string } }>(
    '/stores/:storeId/capacity',
    {
      preHandler: omsGuard(ctx),
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['oms'],
        summary:
          'What the store accepts: pauses per kind, and per day the limit the manager set and the orders assigned',
        params: { type: 'object', properties: { storeId: STORE_ID }, required: ['storeId'] },
        querystring: { type: 'object', additionalProperties: false, properties: { from: DATE, to: DATE } },
        response: { 200: answer('Capacity', 'Pauses and days') },
      },
    },
    async (request) => {
      const store = await readStore(ctx.db, request.params.storeId);
      if (!store) throw new HttpError(404, 'unknown_store', `store ${request.params.storeId} does not exist`);
      const { rows } = await ctx.db.pool.query<{ doc: CapacityDoc }>(
        `SELECT doc FROM projections WHERE store_id = $1 AND collection = 'capacity'
           AND ($2::text IS NULL OR doc->>'date' >= $2) AND ($3::text IS NULL OR doc->>'date' <= $3)
         ORDER BY doc->>'date', doc->>'kind'`,
        [store.id, request.query.from ?? null, request.query.to ?? null],
      );
      return {
        storeId: store.id,
        timezone: store.timezone,
        // The pauses as the manager set them (with an optional end time), and whether each is in force now.
        paused: store.fulfilment,
        pausedNow: Object.fromEntries(
          ORDER_KINDS.map((kind) => [kind, isPaused(store.fulfilment[kind], new Date().toISOString())]),
        ),
        openingHours: store.openingHours ?? null,
        days: rows.map(({ doc }) => ({
          date: doc.date,
          kind: doc.kind,
          limit: doc.limit,
          assigned: doc.assigned,
          remaining: remainingCapacity(doc),
        })),
      };
    },
  );
}
