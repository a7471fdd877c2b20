import type { StoreDoc } from '@shared/schemas/store';
import { within } from '@testing-library/react';
import { Network, TestDevice } from '../../../support/device';
import { anOrder, ean13, type OrderInput } from '../../../support/fixtures';
import type { spawnTestService } from '../../../support/service-process';
import { TEST_STAFF_BODY } from '../../../support/staff';
import { memoryStorage } from '../../support';

export type Service = Awaited<ReturnType<typeof spawnTestService>>;

/** The shelf: names, locations (A2 before A10: natural order), EANs. SKU-X is in no order. */
export const ITEMS = {
  'SKU-A': { name: 'Pull en laine', location: { aisle: 'A10', bay: '01', shelf: '2' }, ean: ean13(0) },
  'SKU-B': { name: 'Écharpe', location: { aisle: 'A2', bay: '05', shelf: '1' }, ean: ean13(1) },
  'SKU-C': { name: 'Bonnet', location: { aisle: 'B01', bay: '03', shelf: '4' }, ean: ean13(2) },
  'SKU-D': { name: 'Gants', location: { aisle: 'A2', bay: '05', shelf: '3' }, ean: ean13(3) },
  'SKU-X': { name: 'Chaussettes', location: { aisle: 'C1', bay: '1', shelf: '1' }, ean: ean13(9) },
} as const;

export type Sku = keyof typeof ITEMS;

/** A store with its catalogue and stock, and the settings a test needs. */
export async function pickingStore(
  svc: Service,
  storeId: string,
  settings: Partial<StoreDoc['settings']> = {},
): Promise<void> {
  await svc.oms('PUT', `/stores/${storeId}`, {
    name: 'Paris Rivoli',
    timezone: 'Europe/Paris',
    locale: 'fr-FR',
    currency: 'EUR',
    settings,
  });
  await svc.oms('PUT', `/stores/${storeId}/staff`, TEST_STAFF_BODY);
  await svc.oms('POST', `/stores/${storeId}/products`, {
    products: Object.entries(ITEMS).map(([sku, item]) => ({
      sku,
      barcodes: [item.ean],
      name: item.name,
      brand: 'Maison',
      size: 'M',
      colour: 'bleu',
      price: { amount: 1990, currency: 'EUR' },
      location: item.location,
    })),
  });
  await svc.oms('POST', `/stores/${storeId}/stock`, {
    items: Object.keys(ITEMS).map((sku) => ({ sku, onHand: 10 })),
  });
}

let orders = 0;

/** Assign an order of these lines; returns its id and number. */
export async function assign(
  svc: Service,
  storeId: string,
  lines: [Sku, number][],
  extra: Partial<OrderInput> = {},
): Promise<{ id: string; number: string }> {
  orders += 1;
  const id = `o-${orders}`;
  const number = `FR-${1000 + orders}`;
  const order = anOrder({
    id,
    number,
    promisedBy: new Date(Date.now() + orders * 60_000).toISOString(),
    lines: lines.map(([sku, qty], i) => ({
      id: `l${i + 1}`,
      sku,
      name: ITEMS[sku].name,
      qty,
      price: { amount: 1990, currency: 'EUR' },
    })),
    ...extra,
  });
  const reply = await svc.oms('POST', `/stores/${storeId}/orders`, { order });
  if (reply.status >= 300) throw new Error(`assign failed: ${JSON.stringify(reply.body)}`);
  return { id, number };
}

export async function openDevice(svc: Service, storeId: string, network = new Network(), staffId = 'alice') {
  const device = await TestDevice.open({
    serviceUrl: svc.url,
    ...(await svc.enroll(storeId)),
    network,
    staffId,
    storage: memoryStorage(),
  });
  await device.settled();
  return device;
}

/** The stops of the walk on screen, in walking order (their accessible names). */
export function stopNames(list: HTMLElement): string[] {
  return [...list.children].map((li) => li.getAttribute('aria-label') ?? '');
}

export function stop(list: HTMLElement, name: string): HTMLElement {
  const li = [...list.children].find((el) => el.getAttribute('aria-label') === name);
  if (!(li instanceof HTMLElement)) throw new Error(`no stop ${name}`);
  return li;
}

export { within };
