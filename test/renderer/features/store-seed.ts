import { Network, TestDevice } from '../../support/device';
import { ean13 } from '../../support/fixtures';
import type { spawnTestService } from '../../support/service-process';
import { memoryStorage } from '../support';

type Service = Awaited<ReturnType<typeof spawnTestService>>;

export const PRODUCTS = [
  { sku: 'SKU-A', n: 1, name: 'Pull en laine', colour: 'Bleu marine', size: 'M', price: 4990, aisle: 'F01' },
  { sku: 'SKU-B', n: 2, name: 'Écharpe', colour: 'Gris', size: 'TU', price: 1990, aisle: 'F02' },
  { sku: 'SKU-C', n: 3, name: 'Chemise en lin lavé', colour: 'Blanc', size: 'L', price: 3990, aisle: 'F03' },
] as const;

export const eanOf = (sku: string) => ean13(PRODUCTS.find((p) => p.sku === sku)?.n ?? 0);

/** A store with three products on the shelf: 5 of each. */
export async function seedStore(svc: Service, storeId = 'paris-01') {
  await svc.createStore(storeId, 'Paris Rivoli');
  await svc.oms('POST', `/stores/${storeId}/products`, {
    products: PRODUCTS.map((p) => ({
      sku: p.sku,
      barcodes: [ean13(p.n)],
      name: p.name,
      brand: 'Maison',
      size: p.size,
      colour: p.colour,
      price: { amount: p.price, currency: 'EUR' },
      location: { aisle: p.aisle, bay: '02', shelf: '3' },
    })),
  });
  await svc.oms('POST', `/stores/${storeId}/stock`, {
    items: PRODUCTS.map((p) => ({ sku: p.sku, onHand: 5 })),
  });
}

/** A device of the seeded store, signed in as `staffId`, after its first sync. */
export async function seededDevice(
  svc: Service,
  staffId: string,
  network = new Network(),
): Promise<TestDevice> {
  const device = await TestDevice.open({
    serviceUrl: svc.url,
    ...(await svc.enroll('paris-01')),
    staffId,
    network,
    storage: memoryStorage(),
  });
  await device.settled();
  return device;
}
