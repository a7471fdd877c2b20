import { DEMO_DEFAULTS, DEMO_STAFF, type DemoStore, generateDemoStore, type StoreInput } from './generate';
import { must, type OmsClient, OmsError, omsClient } from './oms-client';

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
  const storeId = demo.storeId;

  await ensureStore(oms, storeId, demo.store);
  await putStaff(oms, storeId, key('staff', 0));
  log(`staff: ${DEMO_STAFF.map((s) => `${s.displayName} (${s.role}, PIN ${s.pin})`).join(', ')}`);
  log(
    `store ${demo.storeId}: ${demo.products.length} products, ${demo.orders.length} orders (seed ${demo.seed})`,
  );

  for (let i = 0; i < demo.products.length; i += PRODUCTS_PER_CALL) {
    const products = demo.products.slice(i, i + PRODUCTS_PER_CALL);
    must(
      await oms.POST('/oms/v1/stores/{storeId}/products', {
        params: { path: { storeId }, header: { 'idempotency-key': key('p', i / PRODUCTS_PER_CALL) } },
        body: { products },
      }),
      'POST products',
    );
    log(`products ${i + products.length}/${demo.products.length}`);
  }
  for (let i = 0; i < demo.stock.length; i += STOCK_PER_CALL) {
    const items = demo.stock.slice(i, i + STOCK_PER_CALL);
    must(
      await oms.POST('/oms/v1/stores/{storeId}/stock', {
        params: { path: { storeId }, header: { 'idempotency-key': key('s', i / STOCK_PER_CALL) } },
        body: { items },
      }),
      'POST stock',
    );
    log(`stock ${i + items.length}/${demo.stock.length}`);
  }
  await loadOrders(oms, storeId, demo, key, options.concurrency ?? 4, log);

  const ms = Math.round(performance.now() - started);
  log(`done in ${(ms / 1000).toFixed(1)} s`);
  return { storeId: demo.storeId, products: demo.products.length, orders: demo.orders.length, ms };
}

async function putStaff(oms: OmsClient, storeId: string, idempotencyKey: string) {
  must(
    await oms.PUT('/oms/v1/stores/{storeId}/staff', {
      params: { path: { storeId }, header: { 'idempotency-key': idempotencyKey } },
      body: { staff: DEMO_STAFF.map((s) => ({ ...s, active: true })) },
    }),
    'PUT staff',
  );
}

/** Give a demo store loaded before staff existed its team (PINs in README). */
export async function ensureDemoStaff(options: {
  url: string;
  omsKey: string;
  storeId: string;
}): Promise<boolean> {
  const oms = omsClient(options.url, options.omsKey);
  const storeId = options.storeId;
  const current = must(
    await oms.GET('/oms/v1/stores/{storeId}/staff', { params: { path: { storeId } } }),
    'GET staff',
  );
  if (current.staff.length > 0) return false;
  await putStaff(oms, storeId, `demo.staff.${storeId}`);
  return true;
}

/** PUT the store only when it differs: a PUT always moves the store's sequence. */
async function ensureStore(oms: OmsClient, storeId: string, store: StoreInput): Promise<void> {
  const params = { params: { path: { storeId } } };
  const current = await oms.GET('/oms/v1/stores/{storeId}', params);
  // A 404 is an answer: the store is not there yet.
  if (current.error && current.response.status !== 404)
    throw new OmsError(current.response.status, current.error, `GET store ${storeId}`);
  const found = current.data as Partial<StoreInput> | undefined;
  const same = found && (Object.keys(store) as (keyof StoreInput)[]).every((k) => found[k] === store[k]);
  if (same) return;
  must(await oms.PUT('/oms/v1/stores/{storeId}', { ...params, body: store }), `PUT store ${storeId}`);
}

async function loadOrders(
  oms: OmsClient,
  storeId: string,
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
      const order = demo.orders[index];
      if (!order) break;
      must(
        await oms.POST('/oms/v1/stores/{storeId}/orders', {
          params: { path: { storeId }, header: { 'idempotency-key': key('o', index) } },
          body: { order },
        }),
        `POST order ${order.id}`,
      );
      done += 1;
      if (done % 500 === 0 || done === demo.orders.length) log(`orders ${done}/${demo.orders.length}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
