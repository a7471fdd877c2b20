import { SKU } from '@shared/schemas/fragments';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { omsGuard } from '../../http/guards';
import { readAvailability } from '../../network/availability';
import { readNetwork } from '../../network/networks';
import { STORE_ID } from './stores';

export const NETWORK_ID = { type: 'string', pattern: '^[0-9A-Za-z_.-]{1,64}$' } as const;
const FIGURE = { type: 'integer' } as const;

const STORE_FIGURES = {
  type: 'object',
  additionalProperties: false,
  properties: {
    storeId: { type: 'string' },
    onHand: FIGURE,
    reserved: FIGURE,
    unsellable: FIGURE,
    safetyStock: FIGURE,
    netAvailable: { ...FIGURE, description: 'on hand − reserved − unsellable − safety stock, never below 0' },
    updatedAt: { type: 'string', format: 'date-time', description: 'When this store’s level last changed' },
  },
  required: ['storeId', 'onHand', 'reserved', 'unsellable', 'safetyStock', 'netAvailable', 'updatedAt'],
} as const;

export const AVAILABILITY = {
  type: 'object',
  additionalProperties: false,
  properties: {
    sku: { type: 'string' },
    total: {
      type: 'object',
      additionalProperties: false,
      description: 'Sums over the stores; netAvailable is the sum of each store’s net',
      properties: {
        onHand: FIGURE,
        reserved: FIGURE,
        unsellable: FIGURE,
        safetyStock: FIGURE,
        netAvailable: FIGURE,
        stores: { type: 'integer', minimum: 0, description: 'Stores that hold or held the SKU' },
        updatedAt: {
          type: ['string', 'null'],
          description: 'Latest change in any store (null: never stocked)',
        },
      },
      required: ['onHand', 'reserved', 'unsellable', 'safetyStock', 'netAvailable', 'stores', 'updatedAt'],
    },
    stores: { type: 'array', items: STORE_FIGURES },
  },
  required: ['sku', 'total', 'stores'],
} as const;

export const BATCH_MAX = 500;

/** The stores a network names (null: every store); an unknown network is a 404. */
async function storesOf(ctx: ServiceContext, network: string | undefined): Promise<string[] | null> {
  if (network === undefined) return null;
  const found = await readNetwork(ctx.db.pool, network);
  if (!found) throw new HttpError(404, 'unknown_network', `network ${network} does not exist`);
  return found.stores;
}

/** Net available to sell across the network: one SKU, or a batch of up to 500. */
export function omsAvailabilityRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const guard = omsGuard(ctx);

  app.get<{ Params: { sku: string }; Querystring: { network?: string; storeId?: string } }>(
    '/stock/:sku',
    {
      preHandler: guard,
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['oms'],
        summary: 'How many of a SKU can be sold, per store and in total (safety stock applied)',
        description:
          'Net available to sell = on hand − reserved − unsellable − safety stock, per store, never below 0; ' +
          'the total is their sum. A SKU no store holds answers zeros. `network` limits to its stores.',
        params: { type: 'object', properties: { sku: SKU }, required: ['sku'] },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { network: NETWORK_ID, storeId: STORE_ID },
        },
        response: { 200: AVAILABILITY },
      },
    },
    async (request) => {
      const { network, storeId } = request.query;
      let stores = await storesOf(ctx, network);
      if (storeId !== undefined) stores = stores === null || stores.includes(storeId) ? [storeId] : [];
      const [availability] = await readAvailability(ctx.db.pool, [request.params.sku], stores);
      return availability;
    },
  );

  app.post<{ Body: { skus: string[]; network?: string; storeIds?: string[] } }>(
    '/availability',
    {
      preHandler: guard,
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['oms'],
        summary: `Availability of up to ${BATCH_MAX} SKUs at once, per store and in total`,
        description: 'Each SKU once, in the order asked (duplicates are answered once).',
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            skus: { type: 'array', minItems: 1, maxItems: BATCH_MAX, items: SKU },
            network: NETWORK_ID,
            storeIds: { type: 'array', minItems: 1, maxItems: 1000, items: STORE_ID },
          },
          required: ['skus'],
        },
        response: {
          200: {
            type: 'object',
            additionalProperties: false,
            properties: { items: { type: 'array', items: AVAILABILITY } },
            required: ['items'],
          },
        },
      },
    },
    async (request) => {
      const { skus, network, storeIds } = request.body;
      let stores = await storesOf(ctx, network);
      if (storeIds) stores = stores === null ? storeIds : storeIds.filter((id) => stores?.includes(id));
      return { items: await readAvailability(ctx.db.pool, skus, stores) };
    },
  );
}
