import { storeLocalDate } from '@shared/domain/time';
import { dayCsv } from '@shared/manager/csv';
import { dayFigures } from '@shared/manager/day';
import type { CapacityDoc } from '@shared/schemas/capacity';
import type { OrderDoc } from '@shared/schemas/order';
import type { TaskDoc } from '@shared/schemas/task';
import type { FastifyInstance } from 'fastify';
import { ref } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { omsGuard } from '../../http/guards';
import { readStore } from '../../sync/stores';
import { STORE_ID } from './stores';

/**
 * The store's day for the OMS and head office: the very figures the manager's
 * dashboard shows, computed by the same pure function (shared/manager/day.ts)
 * from the service's projections instead of a device's replica.
 */
export function omsDayRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get<{
    Params: { storeId: string };
    Querystring: { associates?: number; waitingDays?: number; format?: 'json' | 'csv' };
  }>(
    '/stores/:storeId/day',
    {
      preHandler: omsGuard(ctx),
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['oms'],
        summary:
          "The store's day: capacity and pauses, backlog by stage, aging, throughput per hour, associates, rejections, " +
          'Click & Collect waiting, open tasks and the backlog forecast against closing time',
        description:
          'associates: how many associates work now (default: those who picked in the last hour); waitingDays: ' +
          'a Click & Collect order waiting longer is listed (default 3); format=csv for a spreadsheet.',
        params: { type: 'object', properties: { storeId: STORE_ID }, required: ['storeId'] },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            associates: { type: 'integer', minimum: 0, maximum: 1000 },
            waitingDays: { type: 'integer', minimum: 1, maximum: 60 },
            format: { type: 'string', enum: ['json', 'csv'] },
          },
        },
        response: {
          200: {
            description: 'The figures (format=csv: the same as a spreadsheet)',
            content: {
              'application/json': { schema: ref('Day') },
              'text/csv': { schema: { type: 'string' } },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const store = await readStore(ctx.db, request.params.storeId);
      if (!store) throw new HttpError(404, 'unknown_store', `store ${request.params.storeId} does not exist`);
      const now = new Date().toISOString();
      const today = storeLocalDate(now, store.timezone);
      // Open orders, and finished ones touched since yesterday (today's work in any time zone).
      const since = new Date(Date.parse(now) - 36 * 3_600_000).toISOString();
      const docs = async <T>(collection: string, where = ''): Promise<T[]> =>
        (
          await ctx.db.pool.query<{ doc: T }>(
            `SELECT doc FROM projections WHERE store_id = $1 AND collection = $2 AND NOT deleted ${where}`,
            where.includes('$3') ? [store.id, collection, since] : [store.id, collection],
          )
        ).rows.map((r) => r.doc);
      const day = dayFigures({
        store,
        orders: await docs<OrderDoc>(
          'orders',
          `AND (doc->>'status' NOT IN ('shipped', 'collected', 'rejected', 'cancelled', 'reassigned')
                OR doc->>'updatedAt' >= $3)`,
        ),
        capacity: (await docs<CapacityDoc>('capacity')).filter((c) => c.date === today),
        tasks: await docs<TaskDoc>('tasks', "AND doc->>'status' = 'open'"),
        now,
        associates: request.query.associates,
        waitingDays: request.query.waitingDays,
      });
      if (request.query.format === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${store.id}-${day.date}.csv"`)
          .send(dayCsv(store.id, day));
      return { storeId: store.id, timezone: store.timezone, ...day };
    },
  );
}
