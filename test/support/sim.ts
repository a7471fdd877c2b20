import type { Command } from '@shared/commands';
import { applyBatch, type ProjectionName } from '@shared/reducer/batch';
import { foldPending } from '@shared/reducer/optimistic';
import type { StockMovement, StoreState } from '@shared/reducer/state';
import type { ReceiptDoc } from '@shared/schemas/receipt';

/**
 * A model of the service and of store devices for property tests: the service
 * applies pushes with the real batch function and dedups by command id; a
 * device keeps its outbox and pulls each collection independently, as RxDB does.
 */
export class ServiceModel {
  seq = 0;
  readonly receipts = new Map<string, ReceiptDoc & { deviceId: string }>();
  readonly movements: StockMovement[] = [];
  applications = 0;

  constructor(public state: StoreState) {}

  push(commands: readonly Command[], now: string): void {
    const seen = new Set<string>();
    const fresh = commands.filter((c) => {
      if (this.receipts.has(c.id) || seen.has(c.id)) return false;
      seen.add(c.id);
      return true;
    });
    if (fresh.length === 0) return;
    const result = applyBatch(this.state, fresh, { now, seq: this.seq });
    this.applications += fresh.length;
    this.state = result.state;
    this.seq = result.seq;
    for (const r of result.receipts) this.receipts.set(r.id, r);
    this.movements.push(...result.movements);
  }

  /** What a device of the store may see: reassigned orders are tombstones, gone from replicas. */
  visible(): StoreState {
    const orders = Object.fromEntries(
      Object.entries(this.state.orders).filter(([, o]) => o.status !== 'reassigned'),
    );
    return { ...this.state, orders };
  }
}

export const PULLED: (ProjectionName | 'store' | 'receipts')[] = [
  'store',
  'orders',
  'stock',
  'tasks',
  'returns',
  'capacity',
  'products',
  'receipts',
];

export class DeviceModel {
  outbox: Command[] = [];
  pushed = 0;
  projection: StoreState;
  receipts = new Map<string, ReceiptDoc>();

  constructor(
    readonly id: string,
    service: ServiceModel,
  ) {
    this.projection = service.visible();
  }

  record(command: Command): void {
    this.outbox.push(command);
  }

  /** Push the next n commands; a lost response means the same commands are pushed again later. */
  push(service: ServiceModel, n: number, now: string, loseResponse: boolean): void {
    const batch = this.outbox.slice(this.pushed, this.pushed + n);
    service.push(batch, now);
    if (!loseResponse) this.pushed += batch.length;
  }

  pull(service: ServiceModel, collections: readonly (typeof PULLED)[number][]): void {
    const visible = service.visible();
    for (const c of collections) {
      if (c === 'receipts') {
        for (const [id, r] of service.receipts) if (r.deviceId === this.id) this.receipts.set(id, r);
      } else if (c === 'store') this.projection = { ...this.projection, store: visible.store };
      else this.projection = { ...this.projection, [c]: visible[c] };
    }
  }

  view(now: string): StoreState {
    return foldPending(this.projection, this.outbox, this.receipts, { now }).state;
  }
}
