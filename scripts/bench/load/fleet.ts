import type { EnrollResponse } from '@shared/sync/protocol';
import { type DemoStore, generateDemoStore } from '../../../src-server/demo/generate';
import { loadDemoStore } from '../../../src-server/demo/load';
import { ADMIN, OMS_KEY } from './cluster';

export type Enrolled = EnrollResponse & { index: number; instance: number };
export type FleetStore = { storeId: string; demo: DemoStore; devices: Enrolled[] };

/** Run fn over items, `concurrency` at a time. */
export async function inParallel<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, i: number) => Promise<void>,
) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

async function post<T>(url: string, token: string | undefined, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Stores loaded through the OMS API (a small demo catalogue and order book each, every store its
 * own seed), each with its devices enrolled; a store's devices alternate between the instances,
 * so a commit through one instance is pulled by devices streaming from the other.
 */
export async function buildFleet(
  urls: readonly string[],
  options: { stores: number; devices: number; products: number; orders: number; concurrency: number },
  log: (line: string) => void,
): Promise<FleetStore[]> {
  const now = new Date();
  const stores: FleetStore[] = Array.from({ length: options.stores }, (_, s) => {
    const storeId = `load-${String(s + 1).padStart(5, '0')}`;
    const seed = 1000 + s;
    const demo = generateDemoStore({
      storeId,
      seed,
      products: options.products,
      orders: options.orders,
      now,
    });
    return { storeId, demo, devices: [] };
  });
  const started = performance.now();
  let done = 0;
  await inParallel(stores, options.concurrency, async (store, s) => {
    const url = urls[s % urls.length] as string;
    await loadDemoStore({
      url,
      omsKey: OMS_KEY,
      storeId: store.storeId,
      seed: 1000 + s,
      products: options.products,
      orders: options.orders,
      now,
      concurrency: 2,
    });
    for (let d = 0; d < options.devices; d++) {
      const instance = (s + d) % urls.length;
      const at = urls[instance] as string;
      const { code } = await post<{ code: string }>(
        `${at}/admin/v1/stores/${store.storeId}/enrollment-codes`,
        ADMIN,
        {},
      );
      const enrolled = await post<EnrollResponse>(`${at}/v1/enroll`, undefined, {
        code,
        deviceName: `Tablette ${d + 1}`,
      });
      store.devices.push({ ...enrolled, index: d, instance });
    }
    done += 1;
    if (done % 100 === 0) log(`  ${done}/${stores.length} stores loaded and enrolled`);
  });
  log(
    `fleet: ${stores.length} stores × ${options.devices} devices (${options.products} products, ` +
      `${options.orders} orders each) loaded through the OMS API in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return stores;
}
