import type { StockDoc } from '@shared/schemas/stock';
import type { FastifyInstance } from 'fastify';
import { answer } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { omsGuard } from '../../http/guards';
import { projection } from '../../sync/projections';
import { STORE_ID } from './stores';

/** The OMS reads a SKU's stock as the store sees it (on hand, reserved, unsellable, available to sell). */
export function omsStockRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get<{ Params: { storeId: string; sku: string } }>(
    '/stores/:storeId/stock/:sku',
    {
      preHandler: omsGuard(ctx),
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['oms'],
        summary: "Read one SKU's stock level in a store",
        params: {
          type: 'object',
          properties: { storeId: STORE_ID, sku: { type: 'string', minLength: 1, maxLength: 64 } },
          required: ['storeId', 'sku'],
        },
        response: { 200: answer('Stock', 'The SKU’s stock in this store') },
      },
    },
    async (request) => {
      const { storeId, sku } = request.params;
      const level = await projection<StockDoc>(ctx.db.pool, storeId, 'stock', sku);
      if (!level) throw new HttpError(404, 'unknown_sku', `no stock of ${sku} in this store`);
      return level;
    },
  );
}
