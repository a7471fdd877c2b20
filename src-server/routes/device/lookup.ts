import type { MovementsResponse, MovementView } from '@shared/sync/protocol';
import type { FastifyInstance } from 'fastify';
import { answer, ref } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { deviceGuard, deviceOf } from '../../http/guards';

const TEXT = { type: 'string', minLength: 1, maxLength: 64 } as const;

/**
 * Look-ups a device makes while online, for what it does not replicate: an
 * order of its store by number (one it no longer holds, or not yet), and a
 * SKU's last stock movements with who and why. Always scoped to the device's store.
 */
export function lookupRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const guard = deviceGuard(ctx);

  app.get<{ Params: { number: string } }>(
    '/orders/by-number/:number',
    {
      preHandler: guard,
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['device'],
        summary: "An order of the device's store by its number (returns of orders the device does not hold)",
        params: { type: 'object', properties: { number: TEXT }, required: ['number'] },
        response: {
          200: {
            description: 'The order',
            type: 'object',
            additionalProperties: false,
            properties: { order: ref('Order') },
            required: ['order'],
          },
        },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      // Closed orders the devices let go (tombstones) are still the store's; reassigned ones are not.
      const { rows } = await ctx.db.pool.query<{ doc: Record<string, unknown> }>(
        `SELECT doc FROM projections
          WHERE store_id = $1 AND collection = 'orders' AND doc->>'number' = $2
            AND (NOT deleted OR doc->>'status' <> 'reassigned')
          ORDER BY seq DESC LIMIT 1`,
        [device.storeId, request.params.number],
      );
      const order = rows[0]?.doc;
      if (!order) throw new HttpError(404, 'unknown_order', 'This store has no order with this number.');
      return { order };
    },
  );

  app.get<{ Params: { sku: string }; Querystring: { limit: number } }>(
    '/stock/:sku/movements',
    {
      preHandler: guard,
      schema: {
        tags: ['device'],
        summary: "A SKU's last stock movements in the device's store, newest first, with who and why",
        params: { type: 'object', properties: { sku: TEXT }, required: ['sku'] },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        },
        response: { 200: answer('Movements', 'Newest first') },
      },
    },
    async (request): Promise<MovementsResponse> => {
      const device = deviceOf(request);
      const { rows } = await ctx.db.pool.query<{
        id: string;
        at: Date | string;
        on_hand: number;
        reserved: number;
        unsellable: number;
        reason: string;
        order_id: string;
        type: string | null;
        staff_id: string | null;
        detail: string | null;
      }>(
        `SELECT m.id, m.at, m.on_hand, m.reserved, m.unsellable, m.reason, m.order_id,
                c.type, c.staff_id, c.payload->>'reason' AS detail
           FROM stock_movements m
           LEFT JOIN commands c ON c.store_id = m.store_id AND c.id = m.command_id
          WHERE m.store_id = $1 AND m.sku = $2
          ORDER BY m.at DESC, m.id DESC
          LIMIT $3`,
        [device.storeId, request.params.sku, request.query.limit],
      );
      const movements: MovementView[] = rows.map((r) => ({
        id: r.id,
        at: new Date(r.at).toISOString(),
        onHand: r.on_hand,
        reserved: r.reserved,
        unsellable: r.unsellable,
        reason: r.reason,
        type: r.type ?? '',
        staffId: r.staff_id ?? '',
        detail: typeof r.detail === 'string' ? r.detail : '',
        orderId: r.order_id,
      }));
      return { movements };
    },
  );
}
