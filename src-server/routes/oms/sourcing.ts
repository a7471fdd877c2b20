import { COMMANDS, type PayloadOf } from '@shared/commands';
import type { Coordinates } from '@shared/network/geo';
import { resolvePostalCode } from '@shared/network/postal-codes';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { omsGuard } from '../../http/guards';
import { readStoreLocations } from '../../network/locations';
import { DEFAULT_NETWORK, readNetwork, rulesOf } from '../../network/networks';
import {
  AssignRefused,
  type SourcingCall,
  SourcingContention,
  source,
  sourceAndAssign,
} from '../../network/sourcing';
import { refuseMalformed } from '../../validation/commands';
import { NETWORK_ID } from './availability';
import { idempotencyKeyOf, idempotent } from './idempotency';
import { LATITUDE, LONGITUDE, NETWORK_OUT, POSTAL_CODE } from './networks';
import { STORE_ID } from './stores';

/** The order exactly as POST /stores/:id/orders takes it. */
const ORDER_SCHEMA = (COMMANDS.assign_order.payload as { properties: { order: object } }).properties.order;

type Body = {
  network?: string;
  order: PayloadOf<'assign_order'>['order'];
  destination?: { latitude: number; longitude: number } | { postalCode: string; country?: string };
  pickupStoreId?: string;
  allowSplit?: boolean;
  assign?: boolean;
};

const LINE_OUT = {
  type: 'object',
  additionalProperties: false,
  properties: { lineId: { type: 'string' }, sku: { type: 'string' }, qty: { type: 'integer' } },
  required: ['lineId', 'sku', 'qty'],
} as const;

const PLAN = {
  type: ['object', 'null'],
  additionalProperties: false,
  description:
    'One store when one can serve everything; otherwise the fewest stores (when splits are allowed)',
  properties: {
    complete: { type: 'boolean' },
    parcels: { type: 'integer' },
    allocations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { storeId: { type: 'string' }, lines: { type: 'array', items: LINE_OUT } },
        required: ['storeId', 'lines'],
      },
    },
    missing: { type: 'array', items: LINE_OUT },
  },
  required: ['complete', 'parcels', 'allocations', 'missing'],
} as const;

const CANDIDATE = {
  type: 'object',
  additionalProperties: false,
  properties: {
    storeId: { type: 'string' },
    rank: { type: ['integer', 'null'], description: '1 = best; null when a rule left the store out' },
    excluded: {
      type: 'array',
      items: { type: 'string', enum: ['paused', 'full', 'too_far', 'no_stock'] },
    },
    distanceKm: {
      type: ['number', 'null'],
      description: 'null: the store or the destination has no location',
    },
    paused: { type: 'boolean' },
    remainingCapacity: {
      type: ['integer', 'null'],
      description: 'Orders of this kind still taken today (null: no limit)',
    },
    priority: { type: 'integer' },
    linesAvailable: { type: 'integer' },
    unitsAvailable: { type: 'integer' },
    orderStock: { type: 'integer', description: 'Net available of the order’s SKUs in the store' },
    canServeAll: { type: 'boolean' },
    rules: { type: 'array', items: { type: 'string' }, description: 'Rules that weighed on this store' },
    lines: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          lineId: { type: 'string' },
          sku: { type: 'string' },
          qty: { type: 'integer' },
          netAvailable: { type: 'integer' },
          pickable: { type: 'integer', description: 'Net available less the minimum to keep after the pick' },
        },
        required: ['lineId', 'sku', 'qty', 'netAvailable', 'pickable'],
      },
    },
  },
  required: [
    'storeId',
    'rank',
    'excluded',
    'distanceKm',
    'paused',
    'remainingCapacity',
    'priority',
    'linesAvailable',
    'unitsAvailable',
    'orderStock',
    'canServeAll',
    'rules',
    'lines',
  ],
} as const;

const ANSWER = {
  type: 'object',
  additionalProperties: false,
  properties: {
    network: { type: 'string' },
    rules: NETWORK_OUT.properties.effectiveRules,
    destination: {
      type: 'object',
      additionalProperties: false,
      properties: {
        latitude: { type: ['number', 'null'] },
        longitude: { type: ['number', 'null'] },
        from: { type: 'string', enum: ['coordinates', 'postal_code', 'ship_to', 'pickup_store', 'none'] },
        place: { type: 'string' },
      },
      required: ['latitude', 'longitude', 'from', 'place'],
    },
    plan: PLAN,
    reason: {
      type: 'string',
      enum: ['', 'no_store_can_serve', 'no_single_store', 'not_enough_stock'],
      description: "'' when the plan is complete",
    },
    candidates: { type: 'array', items: CANDIDATE },
    assigned: {
      type: 'array',
      description: 'assign: true — the store each part of the order was assigned to, with its receipt',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          storeId: { type: 'string' },
          outcome: { type: 'string' },
          reason: { type: 'string' },
          seq: { type: 'integer' },
          duplicate: { type: 'boolean' },
        },
        required: ['storeId', 'outcome', 'reason', 'seq', 'duplicate'],
      },
    },
  },
  required: ['network', 'rules', 'destination', 'plan', 'reason', 'candidates'],
} as const;

type Destination = { latitude: number | null; longitude: number | null; from: string; place: string };

async function destinationOf(ctx: ServiceContext, body: Body): Promise<Destination> {
  const none: Destination = { latitude: null, longitude: null, from: 'none', place: '' };
  if (body.order.kind === 'click_and_collect') {
    const id = body.pickupStoreId ?? '';
    const found = (await readStoreLocations(ctx.db.pool, [id])).get(id);
    return found
      ? { latitude: found.latitude, longitude: found.longitude, from: 'pickup_store', place: found.city }
      : none;
  }
  const given = body.destination;
  if (given && 'latitude' in given) return { ...given, from: 'coordinates', place: '' };
  if (given) {
    const place = resolvePostalCode(given.postalCode, given.country ?? 'FR');
    if (!place)
      throw new HttpError(422, 'unknown_postal_code', `postal code ${given.postalCode} is not in the table`);
    return { latitude: place.latitude, longitude: place.longitude, from: 'postal_code', place: place.place };
  }
  const shipTo = body.order.shipTo;
  const place = shipTo ? resolvePostalCode(shipTo.postalCode, shipTo.country) : undefined;
  return place
    ? { latitude: place.latitude, longitude: place.longitude, from: 'ship_to', place: place.place }
    : none;
}

/** Where an order should come from; optionally assign it there in the same transaction. */
export function omsSourcingRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post<{ Body: Body }>(
    '/sourcing',
    {
      preHandler: omsGuard(ctx),
      config: { contract: { success: [200, 201], refusals: [404, 409, 422] } },
      schema: {
        tags: ['oms'],
        summary: 'Rank the stores for an order, explain each, propose a plan; assign it with `assign: true`',
        description:
          'The order is the one POST /stores/:id/orders takes. Destination: `destination` (coordinates or a ' +
          'postal code), else the order’s shipTo postal code; a Click & Collect order goes to `pickupStoreId`. ' +
          'Stores are ranked by: can serve the whole order, units they can serve, the pickup store, store ' +
          'priority, most stock (rule preferMostStock), distance. The network’s rules leave stores out ' +
          '(paused, full, too far, no stock). With `assign: true` the plan is assigned in the same transaction ' +
          '(201): two orders racing for the last unit cannot both get it, the second gets the next best store; ' +
          'a plan that cannot be complete is a 409 and nothing is assigned.',
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            network: {
              ...NETWORK_ID,
              description: `Default: ${DEFAULT_NETWORK} (every store, default rules)`,
            },
            order: ORDER_SCHEMA,
            destination: {
              oneOf: [
                {
                  type: 'object',
                  additionalProperties: false,
                  properties: { latitude: LATITUDE, longitude: LONGITUDE },
                  required: ['latitude', 'longitude'],
                },
                {
                  type: 'object',
                  additionalProperties: false,
                  properties: { postalCode: POSTAL_CODE, country: { type: 'string', pattern: '^[A-Z]{2}$' } },
                  required: ['postalCode'],
                },
              ],
            },
            pickupStoreId: STORE_ID,
            allowSplit: {
              type: 'boolean',
              description: 'The order may leave from several stores (default true)',
            },
            assign: {
              type: 'boolean',
              description: 'Assign the order to the plan’s stores now (default false)',
            },
          },
          required: ['order'],
          if: { properties: { order: { properties: { kind: { const: 'click_and_collect' } } } } },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited
          then: { required: ['pickupStoreId'] },
        },
        response: { 200: ANSWER, 201: ANSWER },
      },
    },
    async (request, reply) =>
      idempotent(ctx, request, reply, async () => {
        const body = request.body;
        const networkId = body.network ?? DEFAULT_NETWORK;
        const network = await readNetwork(ctx.db.pool, networkId);
        if (!network) throw new HttpError(404, 'unknown_network', `network ${networkId} does not exist`);
        if (body.pickupStoreId && network.stores && !network.stores.includes(body.pickupStoreId))
          throw new HttpError(
            422,
            'pickup_store_outside_network',
            `store ${body.pickupStoreId} is not in ${networkId}`,
          );
        const destination = await destinationOf(ctx, body);
        const coordinates: Coordinates | null =
          destination.latitude === null || destination.longitude === null
            ? null
            : { latitude: destination.latitude, longitude: destination.longitude };
        const rules = rulesOf(network);
        const call: SourcingCall = {
          storeIds: network.stores,
          rules,
          order: body.order,
          destination: coordinates,
          ...(body.pickupStoreId ? { pickupStoreId: body.pickupStoreId } : {}),
          allowSplit: body.allowSplit ?? true,
        };
        const answer = { network: networkId, rules, destination };
        if (!body.assign) {
          const result = await source(ctx.db, call, ctx.now());
          return { status: 200, body: { ...answer, ...result } };
        }
        const key = idempotencyKeyOf(request);
        const refused = refuseMalformed(
          [
            {
              id: uuidv7(),
              type: 'assign_order',
              orderId: body.order.id,
              deviceId: 'oms',
              staffId: 'oms',
              deviceTime: ctx.now(),
              payload: { order: body.order },
            },
          ],
          'oms',
        );
        if (refused[0]) throw new HttpError(400, refused[0].reason, refused[0].detail);
        try {
          const { result, assigned } = await sourceAndAssign(
            ctx.db,
            call,
            () => (key === undefined ? uuidv7() : `oms:${key}`),
            ctx.now,
          );
          if (!result.plan?.complete)
            throw new HttpError(
              409,
              'cannot_source',
              `No plan serves the whole order (${result.reason}); nothing was assigned.`,
            );
          return { status: 201, body: { ...answer, ...result, assigned } };
        } catch (error) {
          if (error instanceof SourcingContention)
            throw new HttpError(409, 'sourcing_contention', error.message);
          if (error instanceof AssignRefused) throw new HttpError(422, 'assign_refused', error.message);
          throw error;
        }
      }),
  );
}
