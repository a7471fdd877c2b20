import type { FastifyInstance } from 'fastify';
import { answer } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { omsGuard } from '../../http/guards';
import { STORE_ID } from './stores';

type EventRow = {
  txid: string;
  id: number;
  store_id: string;
  seq: number;
  type: string;
  order_id: string;
  sku: string;
  command_id: string;
  data: Record<string, unknown>;
  at: Date;
};

const XID8_MAX = 18_446_744_073_709_551_615n;
const BIGINT_MAX = 9_223_372_036_854_775_807n;

/** Cursor '<txid>.<id>': opaque to the OMS, which sends back the `next` it was given. */
function parseCursor(cursor: string | undefined): [string, string] {
  if (!cursor) return ['0', '0'];
  const match = /^([0-9]{1,20})\.([0-9]{1,19})$/.exec(cursor);
  // txid is an xid8 (unsigned 64-bit), id a bigint: anything larger was never given out.
  if (!match || BigInt(match[1] as string) > XID8_MAX || BigInt(match[2] as string) > BIGINT_MAX)
    throw new HttpError(400, 'invalid_request', `'${cursor}' is not a cursor this feed gave out.`);
  // Written back in canonical form: PostgreSQL reads a leading 0 in an xid8 as octal (or refuses it).
  return [BigInt(match[1] as string).toString(), BigInt(match[2] as string).toString()];
}

export function omsEventRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get<{ Querystring: { after?: string; limit: number; storeId?: string } }>(
    '/events',
    {
      preHandler: omsGuard(ctx),
      schema: {
        tags: ['oms'],
        summary:
          'What the stores did, in commit order: picks, rejections, packing, shipping, handovers, returns, stock, capacity',
        description:
          'Page through with `after` = the `next` of the previous page. Events of a transaction that is still ' +
          'running are held back until it commits, so paging never skips one. `stock_changed`: one per SKU and ' +
          'store per transaction, with the level it left (onHand, reserved, unsellable, safetyStock, netAvailable, ' +
          "updatedAt); `safety_stock_changed`: a store's default safety stock changed (re-read its SKUs).",
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            after: {
              type: 'string',
              pattern: '^[0-9]{1,20}[.][0-9]{1,19}$',
              maxLength: 40,
              description: 'The `next` of the previous page (opaque; absent = from the start)',
            },
            limit: { type: 'integer', minimum: 1, maximum: 5000, default: 500 },
            storeId: STORE_ID,
          },
        },
        response: { 200: answer('EventsPage', 'The next events (none: nothing new yet; keep the cursor)') },
      },
    },
    async (request) => {
      const [txid, id] = parseCursor(request.query.after);
      const { rows } = await ctx.db.pool.query<EventRow>(
        `SELECT txid::text AS txid, id, store_id, seq, type, order_id, sku, command_id, data, at FROM events
         WHERE (txid, id) > ($1::text::xid8, $2::bigint)
           AND txid < pg_snapshot_xmin(pg_current_snapshot())
           AND ($4::text IS NULL OR store_id = $4)
         ORDER BY txid, id LIMIT $3`,
        [txid, id, request.query.limit, request.query.storeId ?? null],
      );
      const last = rows.at(-1);
      return {
        events: rows.map((r) => ({
          id: `${r.txid}.${r.id}`,
          storeId: r.store_id,
          type: r.type,
          orderId: r.order_id,
          sku: r.sku,
          commandId: r.command_id,
          data: r.data,
          at: r.at.toISOString(),
        })),
        next: last ? `${last.txid}.${last.id}` : `${txid}.${id}`,
      };
    },
  );
}
