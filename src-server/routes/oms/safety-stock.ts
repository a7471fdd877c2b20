import { SKU } from '@shared/schemas/fragments';
import type { FastifyInstance } from 'fastify';
import { transaction } from '../../db/database';
import type { ServiceContext } from '../../http/context';
import { omsGuard } from '../../http/guards';
import {
  listSafetyRules,
  type SafetyRuleInput,
  writeCategories,
  writeSafetyRules,
} from '../../network/safety-stock';
import { emitSafetyStockChanges } from '../../network/stock-events';
import { STORE_ID } from './stores';

const CATEGORY = {
  type: 'string',
  pattern: '^[^\\u0000-\\u001f]{1,64}$',
  minLength: 1,
  maxLength: 64,
} as const;
const RULES_MAX = 5000;

const RULE = {
  type: 'object',
  additionalProperties: false,
  properties: {
    storeId: { ...STORE_ID, description: 'Absent: every store of the network (a store’s own rule wins)' },
    sku: SKU,
    category: CATEGORY,
    qty: {
      type: ['integer', 'null'],
      minimum: 0,
      maximum: 1_000_000,
      description: 'Units kept back from online sale; null removes the rule',
    },
  },
  required: ['qty'],
  not: { required: ['sku', 'category'] },
} as const;

const RULE_OUT = {
  type: 'object',
  additionalProperties: false,
  properties: {
    storeId: { type: 'string', description: "'' = every store" },
    sku: { type: 'string', description: "'' = not a SKU's rule" },
    category: { type: 'string', description: "'' = not a category's rule" },
    qty: { type: 'integer' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
  required: ['storeId', 'sku', 'category', 'qty', 'updatedAt'],
} as const;

/** Safety stock per store and per SKU or category, and the SKUs' categories. */
export function omsSafetyStockRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const guard = omsGuard(ctx);

  app.put<{ Body: { rules: SafetyRuleInput[] } }>(
    '/safety-stock',
    {
      preHandler: guard,
      schema: {
        tags: ['oms'],
        summary: 'Set or remove safety-stock rules (per store, per SKU or category, or a default)',
        description:
          'A rule names a store or none (every store), and a SKU, a category or neither (the default). ' +
          'The most specific applies: a SKU’s over its category’s over the default, a store’s over the ' +
          'network’s at each level. Every availability figure and sourcing answer applies it; the feed gets ' +
          'a stock_changed event for each store and SKU whose net available changed.',
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { rules: { type: 'array', minItems: 1, maxItems: RULES_MAX, items: RULE } },
          required: ['rules'],
        },
        response: {
          200: {
            type: 'object',
            additionalProperties: false,
            properties: {
              received: { type: 'integer' },
              stockChanged: { type: 'integer', description: 'stock_changed events written to the feed' },
            },
            required: ['received', 'stockChanged'],
          },
        },
      },
    },
    async (request) => {
      const { rules } = request.body;
      const stockChanged = await transaction(ctx.db, async (client) => {
        const changed = await emitSafetyStockChanges(
          client,
          rules,
          () => writeSafetyRules(client, rules, ctx.now()),
          ctx.now(),
        );
        return changed;
      });
      return { received: rules.length, stockChanged };
    },
  );

  app.get<{ Querystring: { storeId?: string; sku?: string; category?: string; limit: number } }>(
    '/safety-stock',
    {
      preHandler: guard,
      schema: {
        tags: ['oms'],
        summary: 'List safety-stock rules',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            storeId: {
              type: 'string',
              pattern: '^[0-9A-Za-z_.-]{0,64}$',
              description: "'' = network-wide rules",
            },
            sku: { type: 'string', maxLength: 64 },
            category: { type: 'string', maxLength: 64 },
            limit: { type: 'integer', minimum: 1, maximum: RULES_MAX, default: 1000 },
          },
        },
        response: {
          200: {
            type: 'object',
            additionalProperties: false,
            properties: { rules: { type: 'array', items: RULE_OUT } },
            required: ['rules'],
          },
        },
      },
    },
    async (request) => {
      const { limit, ...filter } = request.query;
      return { rules: await listSafetyRules(ctx.db.pool, filter, limit) };
    },
  );

  app.put<{ Body: { items: { sku: string; category: string }[] } }>(
    '/categories',
    {
      preHandler: guard,
      schema: {
        tags: ['oms'],
        summary: 'Put up to 10,000 SKUs in categories (safety stock may be set per category)',
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            items: {
              type: 'array',
              minItems: 1,
              maxItems: 10_000,
              items: {
                type: 'object',
                additionalProperties: false,
                properties: { sku: SKU, category: CATEGORY },
                required: ['sku', 'category'],
              },
            },
          },
          required: ['items'],
        },
        response: {
          200: {
            type: 'object',
            additionalProperties: false,
            properties: { received: { type: 'integer' }, stockChanged: { type: 'integer' } },
            required: ['received', 'stockChanged'],
          },
        },
      },
    },
    async (request) => {
      const { items } = request.body;
      const stockChanged = await transaction(ctx.db, (client) =>
        emitSafetyStockChanges(
          client,
          items.map((i) => ({ sku: i.sku, qty: 0 })),
          () => writeCategories(client, items),
          ctx.now(),
        ),
      );
      return { received: items.length, stockChanged };
    },
  );
}
