import { isValidTimeZone } from '@shared/domain/time';
import { storeSchema } from '@shared/schemas/store';
import type { FastifyInstance } from 'fastify';
import { answer } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { omsGuard } from '../../http/guards';
import { readStore, type StoreInput, upsertStore } from '../../sync/stores';

const { name, timezone, locale, currency, settings } = storeSchema.properties;

/** The part of the store document the OMS owns; settings may be sent in part. */
const storeBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { ...name, minLength: 1 },
    timezone: {
      ...timezone,
      minLength: 1,
      description: 'An IANA time zone, e.g. Europe/Paris (others are refused with 400)',
      examples: ['Europe/Paris'],
    },
    locale: { ...locale, pattern: '^[a-z]{2,3}(-[A-Z]{2})?$' },
    currency,
    settings: { ...settings, required: [] },
  },
  required: ['name', 'timezone', 'locale', 'currency'],
} as const;

export const STORE_ID = { type: 'string', pattern: '^[0-9A-Za-z_.-]{1,64}$' } as const;

export function omsStoreRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const guard = omsGuard(ctx);

  app.put<{ Params: { storeId: string }; Body: StoreInput }>(
    '/stores/:storeId',
    {
      preHandler: guard,
      config: { contract: { success: [200, 201] } },
      schema: {
        tags: ['oms'],
        summary: 'Create a store or update its name, time zone, locale, currency and settings',
        params: { type: 'object', properties: { storeId: STORE_ID }, required: ['storeId'] },
        body: storeBody,
        response: { 200: answer('Store', 'Updated'), 201: answer('Store', 'Created') },
      },
    },
    async (request, reply) => {
      if (!isValidTimeZone(request.body.timezone)) {
        throw new HttpError(400, 'invalid_request', `'${request.body.timezone}' is not a known time zone.`);
      }
      const { store, created } = await upsertStore(ctx.db, request.params.storeId, request.body, ctx.now());
      return reply.status(created ? 201 : 200).send(store);
    },
  );

  app.get<{ Params: { storeId: string } }>(
    '/stores/:storeId',
    {
      preHandler: guard,
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['oms'],
        summary: 'Read a store, including its fulfilment pauses',
        params: { type: 'object', properties: { storeId: STORE_ID }, required: ['storeId'] },
        response: { 200: answer('Store', 'The store') },
      },
    },
    async (request) => {
      const store = await readStore(ctx.db, request.params.storeId);
      if (!store) throw new HttpError(404, 'unknown_store', `store ${request.params.storeId} does not exist`);
      return store;
    },
  );
}
