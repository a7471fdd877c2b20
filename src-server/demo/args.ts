import { parseArgs } from 'node:util';
import { DEMO_DEFAULTS } from './generate';
import type { LoadDemoOptions } from './load';

/** Per store of a demo network: a smaller catalogue, a few orders. */
export const NETWORK_DEFAULTS = { products: 2_000, orders: 20 } as const;

export const USAGE = `Load the demo store into a running service through its OMS API.

  npm run demo:load -- --key <OMS key> [--url http://127.0.0.1:8787] [--store ${DEMO_DEFAULTS.storeId}]
                       [--products ${DEMO_DEFAULTS.products}] [--orders ${DEMO_DEFAULTS.orders}] [--seed ${DEMO_DEFAULTS.seed}]

With --stores N, a network of N stores in real French cities (the first is the demo store), each with
the same catalogue, its own stock and orders, and its location (default --products ${NETWORK_DEFAULTS.products}
and --orders ${NETWORK_DEFAULTS.orders} per store):

  npm run demo:load -- --key <OMS key> --stores 20

The key defaults to the first of OMS_API_KEYS, the URL to SERVICE_URL or http://127.0.0.1:$PORT.`;

function whole(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}, not '${value}'`);
  return n;
}

/** The CLI's options, or the reason they are wrong (thrown). */
export function parseDemoArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): (LoadDemoOptions & { stores?: number }) | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      url: { type: 'string' },
      key: { type: 'string' },
      store: { type: 'string' },
      products: { type: 'string' },
      orders: { type: 'string' },
      seed: { type: 'string' },
      stores: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const omsKey = values.key ?? env.OMS_API_KEYS?.split(',')[0]?.trim();
  if (!omsKey) throw new Error('an OMS key is needed: --key <key> (or OMS_API_KEYS)');
  const stores = values.stores === undefined ? undefined : whole('stores', values.stores, 1);
  if (stores !== undefined && stores > 1000)
    throw new Error(`--stores must be at most 1000, not '${values.stores}'`);
  if (stores !== undefined && values.store !== undefined)
    throw new Error('--store and --stores do not go together');
  const sizes = stores === undefined ? DEMO_DEFAULTS : NETWORK_DEFAULTS;
  return {
    url: values.url ?? env.SERVICE_URL ?? `http://127.0.0.1:${env.PORT ?? 8787}`,
    omsKey,
    storeId: values.store ?? DEMO_DEFAULTS.storeId,
    products: whole('products', values.products, sizes.products),
    orders: whole('orders', values.orders, sizes.orders),
    seed: whole('seed', values.seed, DEMO_DEFAULTS.seed, 0),
    ...(stores === undefined ? {} : { stores }),
  };
}
