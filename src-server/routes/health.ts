import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../http/context';

const HEALTH = {
  type: 'object',
  additionalProperties: false,
  properties: { status: { type: 'string', enum: ['ok', 'unavailable'] }, database: { type: 'string' } },
  required: ['status', 'database'],
} as const;

export function healthRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get(
    '/health',
    {
      schema: {
        tags: ['service'],
        summary: 'Liveness and database reachability',
        response: {
          200: { ...HEALTH, description: 'Up, database reachable' },
          503: { ...HEALTH, description: 'Database unreachable' },
        },
      },
    },
    async (_request, reply) => {
      try {
        await ctx.db.pool.query('SELECT 1');
        return { status: 'ok', database: ctx.db.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: ctx.db.kind });
      }
    },
  );
}
