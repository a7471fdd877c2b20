import { COMMANDS, type PayloadOf } from '@shared/commands';
import { CANCEL_REASONS } from '@shared/domain/codes';
import { own } from '@shared/domain/records';
import type { StoreState } from '@shared/reducer/state';
import type { OrderDoc } from '@shared/schemas/order';
import type { FastifyInstance } from 'fastify';
import { answer as documented } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { omsGuard } from '../../http/guards';
import { projection } from '../../sync/projections';
import { COMMAND_REFUSALS, runOmsCommand } from './commands';
import { IDEMPOTENCY_HEADERS, idempotent } from './idempotency';
import { STORE_ID } from './stores';

const ORDER_ID = { type: 'string', pattern: '^[0-9A-Za-z_.-]{1,64}$' } as const;
const orderParams = {
  type: 'object',
  properties: { storeId: STORE_ID, orderId: ORDER_ID },
  required: ['storeId', 'orderId'],
} as const;

/** The answer to an order call: the same shape for a first call and a retried one. */
async function answer(
  ctx: ServiceContext,
  storeId: string,
  orderId: string,
  receipt: { outcome: string; reason: string; seq: number; duplicate: boolean },
  state: StoreState | undefined,
) {
  const order =
    (state ? own(state.orders, orderId) : undefined) ??
    (await projection<OrderDoc>(ctx.db.pool, storeId, 'orders', orderId));
  return {
    outcome: receipt.outcome,
    reason: receipt.reason,
    seq: receipt.seq,
    duplicate: receipt.duplicate,
    orderId,
    status: order?.status ?? '',
  };
}

export function omsOrderRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const guard = omsGuard(ctx);

  app.post<{ Params: { storeId: string }; Body: PayloadOf<'assign_order'> }>(
    '/stores/:storeId/orders',
    {
      preHandler: guard,
      config: { contract: { success: [201], refusals: COMMAND_REFUSALS } },
      schema: {
        tags: ['oms'],
        summary: 'Assign an order to the store (stock is reserved; the day capacity counts it)',
        description:
          'Answers 201 with the order status; reason over_capacity or fulfilment_paused when the store asked not to get more. ' +
          'A retried call with the same Idempotency-Key, or an order already in the store, changes nothing.',
        params: { type: 'object', properties: { storeId: STORE_ID }, required: ['storeId'] },
        body: COMMANDS.assign_order.payload,
        headers: IDEMPOTENCY_HEADERS,
        response: { 201: documented('OrderAnswer', 'Assigned (or already there: duplicate)') },
      },
    },
    async (request, reply) =>
      idempotent(ctx, request, reply, async () => {
        const { storeId } = request.params;
        const { receipt, state } = await runOmsCommand(ctx, request, storeId, 'assign_order', request.body);
        if (receipt.outcome === 'rejected')
          throw new HttpError(422, receipt.reason, `The order was refused: ${receipt.reason}.`);
        return { status: 201, body: await answer(ctx, storeId, request.body.order.id, receipt, state) };
      }),
  );

  for (const action of ['cancel', 'reassign'] as const) {
    const type = action === 'cancel' ? 'cancel_order' : 'reassign_order';
    app.post<{ Params: { storeId: string; orderId: string }; Body: { reason?: string } }>(
      `/stores/:storeId/orders/:orderId/${action}`,
      {
        preHandler: guard,
        config: { contract: { refusals: COMMAND_REFUSALS } },
        schema: {
          tags: ['oms'],
          summary:
            action === 'cancel'
              ? 'Cancel an order; refused (409) once goods have left the store'
              : 'Move an order to another location; it leaves the store’s devices; refused (409) once goods left',
          params: orderParams,
          body: {
            type: 'object',
            additionalProperties: false,
            properties:
              action === 'cancel'
                ? { reason: { type: 'string', enum: [...CANCEL_REASONS] } }
                : { reason: { type: 'string', maxLength: 200 } },
            ...(action === 'cancel' ? { required: ['reason'] } : {}),
          },
          headers: IDEMPOTENCY_HEADERS,
          response: { 200: documented('OrderAnswer', 'Done (or a retried call: duplicate)') },
        },
      },
      async (request, reply) =>
        idempotent(ctx, request, reply, async () => {
          const { storeId, orderId } = request.params;
          const payload =
            action === 'cancel'
              ? { orderId, reason: request.body.reason }
              : { orderId, reason: request.body.reason ?? '' };
          const { receipt, state } = await runOmsCommand(ctx, request, storeId, type, payload);
          if (receipt.outcome === 'rejected') {
            const status = receipt.reason === 'unknown_order' ? 404 : 409;
            throw new HttpError(status, `${action}_refused`, `The ${action} was refused: ${receipt.reason}.`);
          }
          return { status: 200, body: await answer(ctx, storeId, orderId, receipt, state) };
        }),
    );
  }

  app.get<{ Params: { storeId: string; orderId: string } }>(
    '/stores/:storeId/orders/:orderId',
    {
      preHandler: guard,
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['oms'],
        summary: 'Read an order as the store sees it, with its command history',
        params: orderParams,
        response: { 200: documented('Order', 'The order') },
      },
    },
    async (request) => {
      const order = await projection<OrderDoc>(
        ctx.db.pool,
        request.params.storeId,
        'orders',
        request.params.orderId,
      );
      if (!order)
        throw new HttpError(404, 'unknown_order', `order ${request.params.orderId} is not in this store`);
      return order;
    },
  );
}
