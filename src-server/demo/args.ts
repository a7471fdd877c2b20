import { parseArgs } from 'node:util';
import { DEMO_DEFAULTS } from './generate';
import type { LoadDemoOptions } from './load';

export const USAGE = `Load the demo store into a running service through its OMS API.

  npm run demo:load -- --key <OMS key> [--url http://127.0.0.1:8787] [--store ${DEMO_DEFAULTS.storeId}]
                       [--products ${DEMO_DEFAULTS.products}] [--orders ${DEMO_DEFAULTS.orders}] [--seed ${DEMO_DEFAULTS.seed}]

The key defaults to the first of OMS_API_KEYS, the URL to SERVICE_URL or http://127.0.0.1:$PORT.`;

function whole(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}, not '${value}'`);
  return n;
}

/** The CLI's options, or the reason they are wrong (thrown). */
export function parseDemoArgs(argv: string[], env: NodeJS.ProcessEnv = {}): LoadDemoOptions | 'help' {
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
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const omsKey = values.key ?? env.OMS_API_KEYS?.split(',')[0]?.trim();
  if (!omsKey) throw new Error('an OMS key is needed: --key <key> (or OMS_API_KEYS)');
  return {
    url: values.url ?? env.SERVICE_URL ?? `http://127.0.0.1:${env.PORT ?? 8787}`,
    omsKey,
    storeId: values.store ?? DEMO_DEFAULTS.storeId,
    products: whole('products', values.products, DEMO_DEFAULTS.products),
    orders: whole('orders', values.orders, DEMO_DEFAULTS.orders),
    seed: whole('seed', values.seed, DEMO_DEFAULTS.seed, 0),
  };
}
