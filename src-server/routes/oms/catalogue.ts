import { COMMANDS, type PayloadOf } from '@shared/commands';
import type { FastifyInstance } from 'fastify';
import { answer } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { omsGuard } from '../../http/guards';
import { COMMAND_REFUSALS, runOmsCommand } from './commands';
import { IDEMPOTENCY_HEADERS, idempotent } from './idempotency';
import { STORE_ID } from './stores';

const params = { type: 'object', properties: { storeId: STORE_ID }, required: ['storeId'] } as const;

export function omsCatalogueRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const guard = omsGuard(ctx);

  app.post<{ Params: { storeId: string }; Body: PayloadOf<'upsert_products'> }>(
    '/stores/:storeId/products',
    {
      preHandler: guard,
      config: { contract: { refusals: COMMAND_REFUSALS } },
      schema: {
        tags: ['oms'],
        summary: "Upsert up to 5,000 products of the store's catalogue",
        params,
        body: COMMANDS.upsert_products.payload,
        headers: IDEMPOTENCY_HEADERS,
        response: { 200: answer('Received', 'Applied (or a retried call: duplicate)') },
      },
    },
    async (request, reply) =>
      idempotent(ctx, request, reply, async () => {
        const { storeId } = request.params;
        const { receipt } = await runOmsCommand(ctx, request, storeId, 'upsert_products', request.body);
        return {
          status: 200,
          body: { received: request.body.products.length, seq: receipt.seq, duplicate: receipt.duplicate },
        };
      }),
  );

  app.post<{ Params: { storeId: string }; Body: PayloadOf<'stock_snapshot'> }>(
    '/stores/:storeId/stock',
    {
      preHandler: guard,
      config: { contract: { refusals: COMMAND_REFUSALS } },
      schema: {
        tags: ['oms'],
        summary: 'Stock snapshot: set on-hand stock of up to 10,000 SKUs (recorded as movements)',
        params,
        body: COMMANDS.stock_snapshot.payload,
        headers: IDEMPOTENCY_HEADERS,
        response: { 200: answer('Received', 'Applied (or a retried call: duplicate)') },
      },
    },
    async (request, reply) =>
      idempotent(ctx, request, reply, async () => {
        const { storeId } = request.params;
        const { receipt } = await runOmsCommand(ctx, request, storeId, 'stock_snapshot', request.body);
        return {
          status: 200,
          body: { received: request.body.items.length, seq: receipt.seq, duplicate: receipt.duplicate },
        };
      }),
  );
}
