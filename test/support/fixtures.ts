import { type Command, type CommandType, definitionOf, type PayloadOf } from '@shared/commands';
import { gtinCheckDigit as checkDigitOf } from '@shared/domain/barcode';
import { applyCommand } from '@shared/reducer/apply';
import { type ApplyResult, emptyState, type StoreState } from '@shared/reducer/state';
import type { StoreDoc } from '@shared/schemas/store';
import { testStaffDocs } from './staff';

export const T0 = '2026-11-25T09:00:00.000Z';

/** A valid EAN-13 for test item n. */
export function ean13(n: number): string {
  const body = String(300_000_000_000 + n);
  return `${body}${checkDigitOf(body)}`;
}

export function aStore(overrides: Partial<StoreDoc> = {}): StoreDoc {
  const idle = { paused: false, reason: '', at: '', staffId: '' };
  return {
    id: 'paris-01',
    name: 'Paris Rivoli',
    timezone: 'Europe/Paris',
    locale: 'fr-FR',
    currency: 'EUR',
    settings: { requireScan: false, pickupHoldDays: 7 },
    fulfilment: { ship_from_store: idle, click_and_collect: idle },
    acks: [],
    seq: 0,
    updatedAt: T0,
    ...overrides,
  };
}

let counter = 0;
export function nextId(prefix = 'cmd'): string {
  counter += 1;
  return `${prefix}-${String(counter).padStart(6, '0')}`;
}

export type Actor = { deviceId: string; staffId: string };
export const OMS: Actor = { deviceId: 'oms', staffId: 'oms' };
export const TABLET_A: Actor = { deviceId: 'tablet-a', staffId: 'alice' };
export const TABLET_B: Actor = { deviceId: 'tablet-b', staffId: 'bruno' };

export function command<T extends CommandType>(
  type: T,
  payload: PayloadOf<T>,
  actor: Actor = TABLET_A,
  id = nextId(),
): Command<T> {
  return {
    id,
    type,
    orderId: definitionOf(type)?.orderId(payload) ?? '',
    deviceId: actor.deviceId,
    staffId: actor.staffId,
    deviceTime: T0,
    payload,
  } as Command<T>;
}

export type OrderInput = PayloadOf<'assign_order'>['order'];

export function anOrder(overrides: Partial<OrderInput> = {}): OrderInput {
  const kind = overrides.kind ?? 'ship_from_store';
  return {
    id: 'o-1',
    number: 'FR-100001',
    kind,
    promisedBy: '2026-11-26T17:00:00.000Z',
    pickupCode: kind === 'click_and_collect' ? '4821' : '',
    customer: { name: 'Camille Martin', email: 'camille.martin@example.fr', phone: '+33612345678' },
    ...(kind === 'ship_from_store'
      ? {
          shipTo: {
            name: 'Camille Martin',
            line1: '12 rue de Rivoli',
            line2: '',
            postalCode: '75004',
            city: 'Paris',
            country: 'FR',
          },
        }
      : {}),
    notes: '',
    lines: [
      { id: 'l1', sku: 'SKU-A', name: 'Pull en laine', qty: 2, price: { amount: 4990, currency: 'EUR' } },
      { id: 'l2', sku: 'SKU-B', name: 'Écharpe', qty: 1, price: { amount: 1990, currency: 'EUR' } },
    ],
    ...overrides,
  };
}

/** A store's state driven through the reducer, with a clock that ticks a second per command. */
export class World {
  state: StoreState;
  private clock = Date.parse(T0);

  constructor(store: StoreDoc = aStore()) {
    this.state = { ...emptyState(store), staff: testStaffDocs(store.id, T0) };
  }

  /** Move the clock (the next command happens a second after `iso`). */
  setClock(iso: string): this {
    this.clock = Date.parse(iso);
    return this;
  }

  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  apply(cmd: Command): ApplyResult {
    const result = applyCommand(this.state, cmd, { now: this.now() });
    this.state = result.state;
    return result;
  }

  run<T extends CommandType>(type: T, payload: PayloadOf<T>, actor: Actor = TABLET_A): ApplyResult {
    return this.apply(command(type, payload, actor) as Command);
  }

  /** Catalogue and stock for the default SKUs, then the order assigned. */
  withStock(items: Record<string, number> = { 'SKU-A': 10, 'SKU-B': 5 }): this {
    this.run(
      'upsert_products',
      {
        products: Object.keys(items).map((sku, i) => ({
          sku,
          barcodes: [ean13(i)],
          name: `Produit ${sku}`,
          brand: 'Maison',
          size: 'M',
          colour: 'bleu',
          price: { amount: 1000, currency: 'EUR' },
          location: { aisle: 'A1', bay: '2', shelf: '3' },
        })),
      },
      OMS,
    );
    this.run(
      'stock_snapshot',
      { items: Object.entries(items).map(([sku, onHand]) => ({ sku, onHand })) },
      OMS,
    );
    return this;
  }

  assign(overrides: Partial<OrderInput> = {}): this {
    this.run('assign_order', { order: anOrder(overrides) }, OMS);
    return this;
  }

  order(id = 'o-1') {
    const order = this.state.orders[id];
    if (!order) throw new Error(`no order ${id}`);
    return order;
  }

  stock(sku: string) {
    const level = this.state.stock[sku];
    if (!level) throw new Error(`no stock for ${sku}`);
    return level;
  }

  openTasks() {
    return Object.values(this.state.tasks).filter((t) => t.status === 'open');
  }
}
