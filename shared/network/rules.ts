import type { FromSchema } from 'json-schema-to-ts';

const STORE_ID = { type: 'string', pattern: '^[0-9A-Za-z_.-]{1,64}$' } as const;

/** A network's sourcing rules, as data (PUT /oms/v1/networks/:id). Every rule is optional. */
export const SOURCING_RULES_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    maxDistanceKm: {
      type: ['number', 'null'],
      minimum: 0,
      maximum: 20_000,
      description: 'Stores farther from the destination are left out (null: no limit)',
    },
    allowSplit: { type: 'boolean', description: 'false: an order is served by one store or not at all' },
    maxParcels: {
      type: 'integer',
      minimum: 1,
      maximum: 10,
      description: 'Most stores one order is split over',
    },
    preferMostStock: {
      type: 'boolean',
      description:
        'Among stores that can serve, the one with most stock of the order first (clears overstock)',
    },
    excludePaused: {
      type: 'boolean',
      description: 'Leave out stores whose fulfilment of that kind is paused',
    },
    excludeFull: {
      type: 'boolean',
      description: 'Leave out stores with no capacity left today for that kind',
    },
    minNetAfterPick: {
      type: 'integer',
      minimum: 0,
      maximum: 1_000_000,
      description: 'Units that must stay available to sell after the pick (protects the shop floor)',
    },
    storePriority: {
      type: 'array',
      maxItems: 1000,
      description: 'Higher first, before distance (absent: 0)',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { storeId: STORE_ID, priority: { type: 'integer', minimum: -1000, maximum: 1000 } },
        required: ['storeId', 'priority'],
      },
    },
  },
} as const;

export type SourcingRulesInput = FromSchema<typeof SOURCING_RULES_SCHEMA>;
export type SourcingRules = Required<Omit<SourcingRulesInput, 'maxDistanceKm'>> & {
  maxDistanceKm: number | null;
};

export const DEFAULT_RULES: SourcingRules = {
  maxDistanceKm: null,
  allowSplit: true,
  maxParcels: 3,
  preferMostStock: false,
  excludePaused: true,
  excludeFull: true,
  minNetAfterPick: 0,
  storePriority: [],
};

/** The rules a network set, with the defaults for what it left out. */
export function sourcingRules(input: SourcingRulesInput | undefined): SourcingRules {
  const rules: SourcingRules = { ...DEFAULT_RULES };
  for (const [name, value] of Object.entries(input ?? {})) {
    if (value !== undefined && Object.hasOwn(DEFAULT_RULES, name))
      (rules as Record<string, unknown>)[name] = value;
  }
  return rules;
}
