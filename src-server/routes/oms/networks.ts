import { resolvePostalCode } from '@shared/network/postal-codes';
import { SOURCING_RULES_SCHEMA, type SourcingRulesInput } from '@shared/network/rules';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { omsGuard } from '../../http/guards';
import { readStoreLocations, writeStoreLocation } from '../../network/locations';
import { readNetwork, rulesOf, writeNetwork } from '../../network/networks';
import { readStore } from '../../sync/stores';
import { NETWORK_ID } from './availability';
import { STORE_ID } from './stores';

const EFFECTIVE_RULES = {
  type: 'object',
  additionalProperties: false,
  description: 'The rules in force (defaults filled in)',
  properties: SOURCING_RULES_SCHEMA.properties,
  required: [
    'maxDistanceKm',
    'allowSplit',
    'maxParcels',
    'preferMostStock',
    'excludePaused',
    'excludeFull',
    'minNetAfterPick',
    'storePriority',
  ],
} as const;

export const NETWORK_OUT = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    stores: { type: ['array', 'null'], items: { type: 'string' }, description: 'null: every store' },
    rules: SOURCING_RULES_SCHEMA,
    effectiveRules: EFFECTIVE_RULES,
    updatedAt: { type: ['string', 'null'], description: 'null: the implicit default network, never set' },
  },
  required: ['id', 'stores', 'rules', 'effectiveRules', 'updatedAt'],
} as const;

const LOCATION_OUT = {
  type: 'object',
  additionalProperties: false,
  properties: {
    storeId: { type: 'string' },
    latitude: { type: 'number' },
    longitude: { type: 'number' },
    postalCode: { type: 'string' },
    city: { type: 'string' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
  required: ['storeId', 'latitude', 'longitude', 'postalCode', 'city', 'updatedAt'],
} as const;

export const LATITUDE = { type: 'number', minimum: -90, maximum: 90 } as const;
export const LONGITUDE = { type: 'number', minimum: -180, maximum: 180 } as const;
export const POSTAL_CODE = { type: 'string', pattern: '^[0-9A-Za-z -]{2,12}$' } as const;
const CITY = { type: 'string', maxLength: 100, pattern: '^[^\\u0000-\\u001f]*$' } as const;

type LocationBody = {
  latitude?: number;
  longitude?: number;
  postalCode?: string;
  country?: string;
  city?: string;
};

/** Sourcing networks (their stores and rules) and where each store is. */
export function omsNetworkRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const guard = omsGuard(ctx);
  const params = { type: 'object', properties: { networkId: NETWORK_ID }, required: ['networkId'] } as const;

  app.put<{ Params: { networkId: string }; Body: { stores?: string[] | null; rules?: SourcingRulesInput } }>(
    '/networks/:networkId',
    {
      preHandler: guard,
      schema: {
        tags: ['oms'],
        summary: 'Set a sourcing network: its stores and its rules (data)',
        description:
          'Replaces the network. `stores` absent or null: every store. The network `default` exists without ' +
          'being set (every store, default rules). Rules: maxDistanceKm, allowSplit, maxParcels, ' +
          'preferMostStock, excludePaused, excludeFull, minNetAfterPick, storePriority.',
        params,
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            stores: { type: ['array', 'null'], maxItems: 5000, items: STORE_ID },
            rules: SOURCING_RULES_SCHEMA,
          },
        },
        response: { 200: NETWORK_OUT },
      },
    },
    async (request) => {
      const network = await writeNetwork(ctx.db.pool, request.params.networkId, request.body, ctx.now());
      return { ...network, effectiveRules: rulesOf(network) };
    },
  );

  app.get<{ Params: { networkId: string } }>(
    '/networks/:networkId',
    {
      preHandler: guard,
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['oms'],
        summary: 'Read a sourcing network and the rules in force',
        params,
        response: { 200: NETWORK_OUT },
      },
    },
    async (request) => {
      const network = await readNetwork(ctx.db.pool, request.params.networkId);
      if (!network)
        throw new HttpError(404, 'unknown_network', `network ${request.params.networkId} does not exist`);
      return { ...network, effectiveRules: rulesOf(network) };
    },
  );

  const storeParams = { type: 'object', properties: { storeId: STORE_ID }, required: ['storeId'] } as const;

  app.put<{ Params: { storeId: string }; Body: LocationBody }>(
    '/stores/:storeId/location',
    {
      preHandler: guard,
      config: { contract: { refusals: [404, 422] } },
      schema: {
        tags: ['oms'],
        summary: 'Say where a store is: coordinates, or a postal code the service resolves',
        description:
          'Send latitude and longitude (with the postal code and city if you have them), or only a French ' +
          'postal code: the service places it with the small table it ships (422 unknown_postal_code otherwise).',
        params: storeParams,
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            latitude: LATITUDE,
            longitude: LONGITUDE,
            postalCode: POSTAL_CODE,
            country: { type: 'string', pattern: '^[A-Z]{2}$' },
            city: CITY,
          },
          dependencies: { latitude: ['longitude'], longitude: ['latitude'] },
          anyOf: [{ required: ['latitude'] }, { required: ['postalCode'] }],
        },
        response: { 200: LOCATION_OUT },
      },
    },
    async (request) => {
      const { storeId } = request.params;
      if (!(await readStore(ctx.db, storeId)))
        throw new HttpError(404, 'unknown_store', `store ${storeId} does not exist`);
      const body = request.body;
      let coordinates =
        body.latitude !== undefined && body.longitude !== undefined
          ? { latitude: body.latitude, longitude: body.longitude, place: '' }
          : undefined;
      if (!coordinates) {
        const place = resolvePostalCode(body.postalCode ?? '', body.country ?? 'FR');
        if (!place)
          throw new HttpError(
            422,
            'unknown_postal_code',
            `postal code ${body.postalCode} is not in the table`,
          );
        coordinates = place;
      }
      return writeStoreLocation(
        ctx.db.pool,
        {
          storeId,
          latitude: coordinates.latitude,
          longitude: coordinates.longitude,
          postalCode: body.postalCode ?? '',
          city: body.city ?? coordinates.place,
        },
        ctx.now(),
      );
    },
  );

  app.get<{ Params: { storeId: string } }>(
    '/stores/:storeId/location',
    {
      preHandler: guard,
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['oms'],
        summary: 'Where a store is',
        params: storeParams,
        response: { 200: LOCATION_OUT },
      },
    },
    async (request) => {
      const found = (await readStoreLocations(ctx.db.pool, [request.params.storeId])).get(
        request.params.storeId,
      );
      if (!found)
        throw new HttpError(404, 'unknown_location', `store ${request.params.storeId} has no location`);
      return found;
    },
  );
}
