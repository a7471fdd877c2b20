import { ORDER_KINDS, TASK_KINDS } from '../domain/codes';
import { STAGES } from '../domain/stages';

/**
 * DayFigures (day.ts) as a JSON schema: what GET /oms/v1/stores/:id/day answers, in the
 * OpenAPI document and in the service's serializer. Kept beside the type it describes;
 * the contract test checks every answer against it.
 */
const COUNT = { type: 'integer', minimum: 0 } as const;
const RATE = { type: ['number', 'null'], minimum: 0 } as const;
const TEXT = { type: 'string' } as const;
const counts = (keys: readonly string[]) =>
  ({
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(keys.map((k) => [k, COUNT])),
    required: [...keys],
  }) as const;
const figures = <const K extends readonly string[]>(first: Record<string, object>, keys: K) => ({
  type: 'object',
  additionalProperties: false,
  properties: { ...first, ...Object.fromEntries(keys.map((k) => [k, COUNT])) },
  required: [...Object.keys(first), ...keys],
});

export const DAY_FIGURES = {
  type: 'object',
  additionalProperties: false,
  properties: {
    date: TEXT,
    now: TEXT,
    capacity: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          kind: { type: 'string', enum: ORDER_KINDS },
          limit: { type: ['integer', 'null'] },
          assigned: COUNT,
          remaining: { type: ['integer', 'null'] },
          paused: { type: 'boolean' },
          reason: TEXT,
          until: TEXT,
        },
        required: ['kind', 'limit', 'assigned', 'remaining', 'paused', 'reason', 'until'],
      },
    },
    flagged: {
      type: 'array',
      description: 'Orders assigned today beyond the limit or while the kind was paused (accepted, flagged)',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          orderId: TEXT,
          number: TEXT,
          kind: { type: 'string', enum: ORDER_KINDS },
          reason: TEXT,
        },
        required: ['orderId', 'number', 'kind', 'reason'],
      },
    },
    backlog: counts(STAGES),
    aging: counts(['late', 'dueSoon', 'onTime']),
    throughput: { type: 'array', items: figures({ hour: COUNT }, ['picked', 'packed', 'handedOver']) },
    associates: { type: 'array', items: figures({ staffId: TEXT }, ['picked', 'packed', 'handedOver']) },
    rejectionReasons: { type: 'array', items: figures({ key: TEXT }, ['count']) },
    rejectedItems: { type: 'array', items: figures({ key: TEXT, name: TEXT }, ['count']) },
    collectWaiting: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          orderId: TEXT,
          number: TEXT,
          since: TEXT,
          pickupBy: TEXT,
          why: { type: 'string', enum: ['waiting_long', 'past_pickup_by'] },
        },
        required: ['orderId', 'number', 'since', 'pickupBy', 'why'],
      },
    },
    tasks: counts(TASK_KINDS),
    forecast: {
      type: 'object',
      additionalProperties: false,
      properties: {
        status: {
          type: 'string',
          enum: ['nothing_to_do', 'closed', 'no_rate', 'no_associates', 'no_hours', 'on_track', 'at_risk'],
        },
        clearedAt: TEXT,
        closesAt: TEXT,
        hoursNeeded: RATE,
        inputs: {
          type: 'object',
          additionalProperties: false,
          properties: {
            unitsToPick: COUNT,
            ordersToPack: COUNT,
            pickRate: RATE,
            packRate: RATE,
            associates: COUNT,
            unitsPicked: COUNT,
            ordersPacked: COUNT,
          },
          required: [
            'unitsToPick',
            'ordersToPack',
            'pickRate',
            'packRate',
            'associates',
            'unitsPicked',
            'ordersPacked',
          ],
        },
      },
      required: ['status', 'clearedAt', 'closesAt', 'hoursNeeded', 'inputs'],
    },
  },
  required: [
    'date',
    'now',
    'capacity',
    'flagged',
    'backlog',
    'aging',
    'throughput',
    'associates',
    'rejectionReasons',
    'rejectedItems',
    'collectWaiting',
    'tasks',
    'forecast',
  ],
};
