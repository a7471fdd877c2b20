import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../http/context';

export function healthRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get(
    '/health',
    { schema: { tags: ['service'], summary: 'Liveness and database reachability' } },
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
