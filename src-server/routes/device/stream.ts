import { STREAM_EVENT } from '@shared/api/device';
import type { PullCollection, StreamHello } from '@shared/sync/protocol';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../http/context';
import { deviceGuard, deviceOf } from '../../http/guards';

const COALESCE_MS = 50;

/** Close the streams of devices revoked through another instance: one query per heartbeat, not per stream. */
async function closeRevoked(ctx: ServiceContext): Promise<void> {
  const devices = ctx.streams.devices();
  if (devices.length === 0) return;
  const { rows } = await ctx.db.pool.query<{ id: string }>(
    'SELECT id FROM devices WHERE id = ANY($1::text[]) AND revoked_at IS NOT NULL',
    [devices],
  );
  for (const { id } of rows) ctx.streams.closeDevice(id);
}

/**
 * Server-sent events per store: 'hello' on connect (the device re-syncs then,
 * which covers whatever it missed while away) and 'poke' after each commit.
 */
export function streamRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const sweep = setInterval(() => void closeRevoked(ctx).catch(() => undefined), ctx.heartbeatMs);
  sweep.unref();
  app.addHook('preClose', async () => {
    clearInterval(sweep);
    ctx.streams.closeAll();
  });

  app.get(
    '/stream',
    {
      preHandler: deviceGuard(ctx),
      config: { contract: { refusals: [429] } },
      schema: {
        tags: ['device'],
        summary: 'Server-sent events: hello, then poke after every commit for the store, and a heartbeat',
        response: {
          200: {
            description:
              "Server-sent events: 'hello' {storeId, seq, heartbeatMs} on connect, 'poke' {seq, collections} after " +
              "commits, 'heartbeat' {} every heartbeatMs (a stream silent for twice that is dead: reconnect), " +
              "'revoked' {deviceId} before the end when the device is revoked",
            content: {
              'text/event-stream': {
                schema: { type: 'string', description: STREAM_EVENT.description },
                // OpenAPI 3.2's schema of each event of a sequential media type.
                itemSchema: STREAM_EVENT,
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const device = deviceOf(request);
      // Until the stream is set up, an end (client gone, device revoked) only frees its place.
      let endedEarly = false;
      let end = (_reason: 'revoked' | 'closing') => {
        endedEarly = true;
        release();
      };
      // Refused (429) before anything is written when the device or the instance is at its limit.
      const release = ctx.streams.open(device.deviceId, (reason) => end(reason));
      request.raw.on('close', () => end('closing'));
      const { rows } = await ctx.db.pool
        .query<{ seq: number }>('SELECT seq FROM stores WHERE id = $1', [device.storeId])
        .catch((error: unknown) => {
          release();
          throw error;
        });
      if (endedEarly) return reply.hijack();
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const send = (event: string, data: unknown) =>
        raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const hello: StreamHello = {
        storeId: device.storeId,
        seq: rows[0]?.seq ?? 0,
        heartbeatMs: ctx.heartbeatMs,
      };
      send('hello', hello);

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
      // A named event, not an SSE comment: the device sees it, and a stream silent for two periods is
      // one a proxy or a dead network left half-open (the device then reconnects). A device revoked
      // through this instance loses its streams at once; through another one, at the next sweep (above).
      const heartbeat = setInterval(() => send('heartbeat', {}), ctx.heartbeatMs);
      let ended = false;
      end = (reason) => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        if (timer) clearTimeout(timer);
        unsubscribe();
        release();
        if (reason === 'revoked') send('revoked', { deviceId: device.deviceId });
        raw.end();
      };
      if (request.raw.destroyed) end('closing');
      return reply;
    },
  );
}
