import { DEMO_DEFAULTS, DEMO_STAFF, type DemoStore, generateDemoStore, type StoreInput } from './generate';
import { type OmsClient, OmsError, omsClient } from './oms-client';

export type LoadDemoOptions = {
  url: string;
  omsKey: string;
  storeId?: string;
  products?: number;
  orders?: number;
  seed?: number;
  log?: (line: string) => void;
  /** Orders are promised over this instant's day and the next two (default: now). */
  now?: Date;
  /** Orders sent at once (the store applies them one at a time; this hides the round trips). */
  concurrency?: number;
  /** A store of the demo network (see generateDemoStore): its own stock and orders, and its name. */
  branch?: number;
  name?: string;
};

export type LoadDemoResult = { storeId: string; products: number; orders: number; ms: number };

const PRODUCTS_PER_CALL = 5_000;
const STOCK_PER_CALL = 10_000;

/**
 * Load the demo store through the OMS API, as an OMS would. Every call has an
 * Idempotency-Key derived from the seed and sizes: running it again changes nothing.
 */
export async function loadDemoStore(options: LoadDemoOptions): Promise<LoadDemoResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const demo = generateDemoStore({
    ...(options.storeId ? { storeId: options.storeId } : {}),
    products: options.products ?? DEMO_DEFAULTS.products,
    orders: options.orders ?? DEMO_DEFAULTS.orders,
    seed: options.seed ?? DEMO_DEFAULTS.seed,
    now: options.now ?? new Date(),
    ...(options.branch ? { branch: options.branch } : {}),
    ...(options.name ? { name: options.name } : {}),
  });
  const oms = omsClient(options.url, options.omsKey);
  // Keys are global: a branch's calls carry its number (the flagship's keys stay as they always were).
  const tag = options.branch ? `b${options.branch}.` : '';
  const key = (kind: string, n: number) => `demo.${demo.seed}.${demo.products.length}.${tag}${kind}.${n}`;
  const path = `/stores/${encodeURIComponent(demo.storeId)}`;

  await ensureStore(oms, path, demo.store);
  await putStaff(oms, path, key('staff', 0));
  log(`staff: ${DEMO_STAFF.map((s) => `${s.displayName} (${s.role}, PIN ${s.pin})`).join(', ')}`);
  log(
    `store ${demo.storeId}: ${demo.products.length} products, ${demo.orders.length} orders (seed ${demo.seed})`,
  );

  for (let i = 0; i < demo.products.length; i += PRODUCTS_PER_CALL) {
    const products = demo.products.slice(i, i + PRODUCTS_PER_CALL);
    await oms.call('POST', `${path}/products`, { products }, key('p', i / PRODUCTS_PER_CALL));
    log(`products ${i + products.length}/${demo.products.length}`);
  }
  for (let i = 0; i < demo.stock.length; i += STOCK_PER_CALL) {
    const items = demo.stock.slice(i, i + STOCK_PER_CALL);
    await oms.call('POST', `${path}/stock`, { items }, key('s', i / STOCK_PER_CALL));
    log(`stock ${i + items.length}/${demo.stock.length}`);
  }
  await loadOrders(oms, path, demo, key, options.concurrency ?? 4, log);

  const ms = Math.round(performance.now() - started);
  log(`done in ${(ms / 1000).toFixed(1)} s`);
  return { storeId: demo.storeId, products: demo.products.length, orders: demo.orders.length, ms };
}

function putStaff(oms: OmsClient, path: string, idempotencyKey: string) {
  return oms.call(
    'PUT',
    `${path}/staff`,
    { staff: DEMO_STAFF.map((s) => ({ ...s, active: true })) },
    idempotencyKey,
  );
}

/** Give a demo store loaded before staff existed its team (PINs in README). */
export async function ensureDemoStaff(options: {
  url: string;
  omsKey: string;
  storeId: string;
}): Promise<boolean> {
  const oms = omsClient(options.url, options.omsKey);
  const path = `/stores/${encodeURIComponent(options.storeId)}`;
  const current = await oms.call<{ staff: unknown[] }>('GET', `${path}/staff`);
  if (current.body.staff.length > 0) return false;
  await putStaff(oms, path, `demo.staff.${options.storeId}`);
  return true;
}

/** PUT the store only when it differs: a PUT always moves the store's sequence. */
async function ensureStore(oms: OmsClient, path: string, store: StoreInput): Promise<void> {
  const current = await oms.call<Partial<StoreInput>>('GET', path);
  const same =
    current.status === 200 &&
    (Object.keys(store) as (keyof StoreInput)[]).every((k) => current.body[k] === store[k]);
  if (same) return;
  const put = await oms.call('PUT', path, store);
  if (put.status >= 300) throw new OmsError(put.status, put.body, `PUT ${path}`);
}

async function loadOrders(
  oms: OmsClient,
  path: string,
  demo: DemoStore,
  key: (kind: string, n: number) => string,
  concurrency: number,
  log: (line: string) => void,
): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < demo.orders.length) {
      const index = next++;
      await oms.call('POST', `${path}/orders`, { order: demo.orders[index] }, key('o', index));
      done += 1;
      if (done % 500 === 0 || done === demo.orders.length) log(`orders ${done}/${demo.orders.length}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
