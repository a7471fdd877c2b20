import type { PullCollection } from '@shared/sync/protocol';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../http/context';
import { deviceGuard, deviceOf } from '../../http/guards';

const HEARTBEAT_MS = 15_000;
const COALESCE_MS = 50;

/**
 * Server-sent events per store: 'hello' on connect (the device re-syncs then,
 * which covers whatever it missed while away) and 'poke' after each commit.
 */
export function streamRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of open) end();
  });

  app.get(
    '/stream',
    {
      preHandler: deviceGuard(ctx),
      schema: {
        tags: ['device'],
        summary: 'Server-sent events: hello, then poke after every commit for the store',
      },
    },
    async (request, reply) => {
      const device = deviceOf(request);
      const { rows } = await ctx.db.pool.query<{ seq: number }>('SELECT seq FROM stores WHERE id = $1', [
        device.storeId,
      ]);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const send = (event: string, data: unknown) =>
        raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      send('hello', { storeId: device.storeId, seq: rows[0]?.seq ?? 0 });

      let pending: { seq: number; collections: Set<PullCollection> } | undefined;
      let timer: NodeJS.Timeout | undefined;
      const unsubscribe = ctx.pokes.subscribe(device.storeId, (poke) => {
        pending ??= { seq: 0, collections: new Set() };
        pending.seq = Math.max(pending.seq, poke.seq);
        for (const c of poke.collections) pending.collections.add(c);
        timer ??= setTimeout(() => {
          if (pending) send('poke', { seq: pending.seq, collections: [...pending.collections] });
          pending = undefined;
          timer = undefined;
        }, COALESCE_MS);
      });
      const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
      const end = () => {
        clearInterval(heartbeat);
        if (timer) clearTimeout(timer);
        unsubscribe();
        open.delete(end);
        raw.end();
      };
      open.add(end);
      request.raw.on('close', end);
    },
  );
}
