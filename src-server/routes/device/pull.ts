import { COLLECTION_SCHEMAS } from '@shared/schemas';
import {
  PULL_COLLECTIONS,
  PULL_LIMIT_MAX,
  PULL_PARTS,
  type PullCollection,
  type PullPart,
} from '@shared/sync/protocol';
import type { FastifyInstance } from 'fastify';
import { answer } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { deviceGuard, deviceOf } from '../../http/guards';
import { sendJsonText } from '../../http/json-text';
import { pullPage, pullStorePage, type TombstoneSkip } from '../../sync/pull';
import { readStore } from '../../sync/stores';

/** Where both pulls start: after a store sequence. */
const SEQ = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, default: 0 } as const;

/** What both pulls take about tombstones: a device that began empty skips those before it began. */
function tombstoneQuery(holds: string) {
  return {
    fresh: {
      type: 'boolean',
      description:
        `The device holds nothing of ${holds}: leave out tombstones up to the current head ` +
        '(the answer’s checkpoint carries that bound as skipDeletedUpTo).',
    },
    skipDeletedUpTo: {
      type: 'integer',
      minimum: 0,
      maximum: Number.MAX_SAFE_INTEGER,
      description: "The checkpoint's skipDeletedUpTo: tombstones numbered up to it are left out.",
    },
  } as const;
}

export function pullRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const guard = deviceGuard(ctx);

  app.get(
    '/me',
    {
      preHandler: guard,
      schema: {
        tags: ['device'],
        summary: 'The device, its store and the store sequence',
        response: { 200: answer('Me', 'The device and its store') },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      return { ...device, store: await readStore(ctx.db, device.storeId) };
    },
  );

  app.get<{
    Querystring: { seq: number; limit: number; part: PullPart; fresh?: boolean; skipDeletedUpTo?: number };
  }>(
    '/pull',
    {
      preHandler: guard,
      schema: {
        tags: ['device'],
        summary: 'Pull one page of the whole store after a store sequence (every collection, one checkpoint)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            seq: SEQ,
            limit: { type: 'integer', minimum: 1, maximum: PULL_LIMIT_MAX, default: 1000 },
            part: {
              type: 'string',
              enum: [...PULL_PARTS],
              default: 'all',
              description:
                'Every collection (all), all but stock and products (work), or those two (catalogue).',
            },
            ...tombstoneQuery('the store'),
          },
        },
        response: {
          200: answer(
            'StorePullPage',
            'One page of the store; shorter than limit when the part is caught up',
          ),
        },
      },
    },
    async (request, reply) => {
      const device = deviceOf(request);
      const { seq, limit, part } = request.query;
      const skip = tombstoneSkip(request.query);
      // The page comes built as JSON text (sync/pull.ts): sent as it is, no serializer.
      return sendJsonText(
        reply,
        await pullStorePage(ctx.db, device.storeId, device.deviceId, part, seq, limit, skip),
      );
    },
  );

  app.get<{
    Params: { collection: PullCollection };
    Querystring: { seq: number; limit: number; fresh?: boolean; skipDeletedUpTo?: number };
  }>(
    '/pull/:collection',
    {
      preHandler: guard,
      schema: {
        tags: ['device'],
        summary: 'Pull one page of a collection after a checkpoint (RxDB pull handler)',
        params: {
          type: 'object',
          properties: { collection: { type: 'string', enum: [...PULL_COLLECTIONS] } },
          required: ['collection'],
        },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            seq: SEQ,
            limit: { type: 'integer', minimum: 1, maximum: PULL_LIMIT_MAX, default: 500 },
            ...tombstoneQuery('this collection'),
          },
        },
        response: {
          200: answer('PullPage', 'One page; shorter than limit when the collection is caught up'),
        },
      },
    },
    async (request, reply) => {
      const device = deviceOf(request);
      const { collection } = request.params;
      const { seq, limit } = request.query;
      const skip = tombstoneSkip(request.query);
      return sendJsonText(
        reply,
        await pullPage(ctx.db, device.storeId, device.deviceId, collection, seq, limit, skip),
      );
    },
  );
}

/** The document schemas, for anyone (no credentials): what a device replicates. */
export function schemaRoutes(app: FastifyInstance): void {
  app.get(
    '/schemas',
    {
      schema: {
        tags: ['device'],
        summary: 'The document schemas devices replicate (JSON schema, RxDB flavoured)',
        response: {
          200: {
            description: 'One JSON schema per pulled collection',
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(
              PULL_COLLECTIONS.map((c) => [c, { type: 'object', additionalProperties: true }]),
            ),
            required: [...PULL_COLLECTIONS],
          },
        },
      },
    },
    async () => COLLECTION_SCHEMAS,
  );
}

function tombstoneSkip(query: { fresh?: boolean; skipDeletedUpTo?: number }): TombstoneSkip {
  if (query.skipDeletedUpTo !== undefined) return { upTo: query.skipDeletedUpTo };
  return query.fresh ? { fresh: true } : undefined;
}
