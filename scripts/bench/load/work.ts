import type { CommandEnvelope } from '@shared/commands/envelope';
import { v7 as uuidv7 } from 'uuid';
import type { DemoStore } from '../../../src-server/demo/generate';
import { deviceWork } from '../device-work';

type Work = Omit<CommandEnvelope, 'deviceId'>;

/**
 * A shift on one tablet: the bench:sync mix (picks of its share of the orders, packs, staging for
 * pickup, shelf counts, adjustments, counter returns) with the customer collecting each staged
 * order (a handover with the pickup code) — refilled with fresh ids when it runs out.
 */
export class ShiftWork {
  private queue: Work[] = [];
  private round = 0;
  private next = 0;

  constructor(
    private readonly demo: DemoStore,
    private readonly device: number,
    private readonly devices: number,
    private readonly tag: string,
    private readonly chunk: number,
  ) {}

  take(n: number, deviceId: string): CommandEnvelope[] {
    const out: CommandEnvelope[] = [];
    while (out.length < n) {
      if (this.next >= this.queue.length) this.refill();
      out.push({ ...(this.queue[this.next++] as Work), deviceId });
    }
    return out;
  }

  private refill(): void {
    const tag = `${this.tag}${this.round++}`;
    const work = deviceWork(this.demo, this.device, this.devices, this.chunk, tag);
    const orders = new Map(this.demo.orders.map((o) => [o.id, o]));
    const shift: Work[] = [];
    for (const command of work) {
      // Devices name their commands with UUIDs (the service refuses anything else).
      shift.push({ ...command, id: uuidv7() });
      const order = orders.get(command.orderId);
      if (command.type !== 'ready_for_pickup' || !order) continue;
      shift.push({
        ...command,
        id: uuidv7(),
        type: 'handover',
        payload: {
          orderId: order.id,
          lines: order.lines.map((l) => ({ lineId: l.id, qty: l.qty })),
          verification: { method: 'pickup_code', proof: order.pickupCode ?? '' },
          recipient: { name: order.customer.name, relation: 'self' },
        },
      });
    }
    this.queue = shift;
    this.next = 0;
  }
}
