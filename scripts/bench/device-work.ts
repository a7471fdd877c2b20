import type { CommandEnvelope } from '@shared/commands/envelope';
import { ADJUST_REASONS, RETURN_REASONS } from '@shared/domain/codes';
import { v7 as uuidv7 } from 'uuid';
import type { DemoStore } from '../../src-server/demo/generate';

/** A small seeded PRNG (mulberry32): the same workload on every engine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * What one associate's tablet records in a shift: its share of the demo orders
 * picked (start, one scan per line, then packed or staged for pickup), and
 * between them shelf counts, stock adjustments and counter returns.
 */
export function deviceWork(
  demo: DemoStore,
  device: number,
  devices: number,
  count: number,
  tag: string,
): Omit<CommandEnvelope, 'deviceId'>[] {
  const rand = random(device + 1);
  const pickOne = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const barcodeOf = new Map(demo.products.map((p) => [p.sku, p.barcodes[0] ?? '']));
  const onHand = new Map(demo.stock.map((s) => [s.sku, s.onHand]));
  const commands: Omit<CommandEnvelope, 'deviceId'>[] = [];
  const add = (type: string, payload: unknown, orderId = '') =>
    commands.push({
      // Command ids are UUIDs: the service refuses any other id.
      id: uuidv7(),
      type,
      orderId,
      // The demo manager may do every action: the benchmark measures work, not refusals.
      staffId: demo.staff[0]?.id ?? 'camille',
      deviceTime: new Date().toISOString(),
      payload,
    });

  const orders = demo.orders.filter((_, i) => i % devices === device);
  let nextOrder = 0;
  while (commands.length < count) {
    const order = orders[nextOrder];
    if (order && rand() < 0.5) {
      nextOrder += 1;
      add('start_pick', { orderId: order.id }, order.id);
      for (const line of order.lines) {
        const barcode = barcodeOf.get(line.sku) ?? '';
        add('pick', { orderId: order.id, lineId: line.id, qty: line.qty, barcode }, order.id);
      }
      if (order.kind === 'ship_from_store') {
        const weightGrams = 300 + Math.floor(rand() * 2000);
        add('pack', { orderId: order.id, parcels: [{ id: 'p1', box: 'M', weightGrams }] }, order.id);
      } else {
        add(
          'ready_for_pickup',
          { orderId: order.id, stagingLocation: `Comptoir ${1 + (device % 4)}` },
          order.id,
        );
      }
      continue;
    }
    const product = pickOne(demo.products);
    const roll = rand();
    if (roll < 0.5) {
      const counted = Math.max(0, (onHand.get(product.sku) ?? 0) + Math.floor(rand() * 5) - 2);
      add('count_stock', { sku: product.sku, counted });
    } else if (roll < 0.75) {
      const delta = (rand() < 0.5 ? -1 : 1) * (1 + Math.floor(rand() * 3));
      add('adjust_stock', { sku: product.sku, delta, reason: delta > 0 ? 'found' : pickOne(ADJUST_REASONS) });
    } else {
      add('create_return', {
        returnId: `${tag}-r${device}-${commands.length}`,
        orderId: '',
        orderNumber: '',
        lines: [
          {
            sku: product.sku,
            lineId: '',
            qty: 1,
            reason: pickOne(RETURN_REASONS),
            condition: 'new',
            disposition: 'restock',
          },
        ],
        refund: { amount: product.price.amount, currency: 'EUR', method: 'original_payment' },
      });
    }
  }
  return commands.slice(0, count);
}
