import type { FastifyInstance, FastifyReply, preHandlerHookHandler } from 'fastify';
import type { ServiceContext } from '../http/context';
import { HttpError } from '../http/errors';
import { deviceOf } from '../http/guards';
import { readSignature } from '../sync/proofs';
import { STORE_ID } from './oms/stores';

const ORDER_ID = { type: 'string', pattern: '^[0-9A-Za-z_.-]{1,64}$' } as const;
const COMMAND_ID = { type: 'string', pattern: '^[0-9A-Za-z_.:-]{1,64}$' } as const;
const PATH = '/orders/:orderId/handovers/:commandId/signature';
const IMAGE = {
  200: {
    description: 'The image as it was taken (PNG or SVG)',
    content: {
      'image/png': { schema: { type: 'string', format: 'binary' } },
      'image/svg+xml': { schema: { type: 'string' } },
    },
  },
};

type Params = { storeId?: string; orderId: string; commandId: string };

async function send(ctx: ServiceContext, reply: FastifyReply, storeId: string, params: Params) {
  const image = await readSignature(ctx.db, storeId, params.orderId, params.commandId);
  if (!image)
    throw new HttpError(404, 'unknown_signature', 'No signature was taken with this handover in this store.');
  return reply
    .header('content-type', image.contentType)
    .header('cache-control', 'private, no-store')
    .send(image.bytes);
}

/**
 * The customer's signature of a handover (PNG or SVG), for the OMS and
 * administration: GET /stores/:storeId/orders/:orderId/handovers/:commandId/signature.
 */
export function storeSignatureRoute(
  app: FastifyInstance,
  ctx: ServiceContext,
  guard: preHandlerHookHandler,
  tag: 'oms' | 'admin',
): void {
  app.get<{ Params: Required<Params> }>(
    `/stores/:storeId${PATH}`,
    {
      preHandler: guard,
      config: { contract: { refusals: [404] } },
      schema: {
        tags: [tag],
        summary: 'The signature the customer gave at a handover (image)',
        params: {
          type: 'object',
          properties: { storeId: STORE_ID, orderId: ORDER_ID, commandId: COMMAND_ID },
          required: ['storeId', 'orderId', 'commandId'],
        },
        response: IMAGE,
      },
    },
    (request, reply) => send(ctx, reply, request.params.storeId, request.params),
  );
}

/** The same for a device of the order's store (a reprint); another store's device gets 404. */
export function deviceSignatureRoute(
  app: FastifyInstance,
  ctx: ServiceContext,
  guard: preHandlerHookHandler,
) {
  app.get<{ Params: Params }>(
    PATH,
    {
      preHandler: guard,
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['device'],
        summary: "The signature taken at a handover of this device's store (image)",
        params: {
          type: 'object',
          properties: { orderId: ORDER_ID, commandId: COMMAND_ID },
          required: ['orderId', 'commandId'],
        },
        response: IMAGE,
      },
    },
    (request, reply) => send(ctx, reply, deviceOf(request).storeId, request.params),
  );
}
