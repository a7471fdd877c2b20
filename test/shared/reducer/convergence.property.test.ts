import { type Command, type CommandType, definitionOf, type PayloadOf } from '@shared/commands';
import { applyCommands } from '@shared/reducer/apply';
import type { StoreState } from '@shared/reducer/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, OMS, T0, World } from '../../support/fixtures';
import { DeviceModel, PULLED, ServiceModel } from '../../support/sim';

const DEVICES: Actor[] = [
  { deviceId: 'tablet-a', staffId: 'alice' },
  { deviceId: 'tablet-b', staffId: 'bruno' },
  { deviceId: 'desk-c', staffId: 'chloe' },
];
const SKUS = ['SKU-A', 'SKU-B', 'SKU-C'];
const ORDERS = [
  { id: 'o-1', kind: 'ship_from_store' as const },
  { id: 'o-2', kind: 'ship_from_store' as const },
  { id: 'o-3', kind: 'click_and_collect' as const },
  { id: 'o-4', kind: 'click_and_collect' as const },
];
const LINES = ['l1', 'l2'];

/** A store with stock and four orders, two of each kind. */
function initialState(): StoreState {
  const w = new World().withStock({ 'SKU-A': 6, 'SKU-B': 4, 'SKU-C': 2 });
  for (const o of ORDERS) {
    w.assign({
      id: o.id,
      number: `FR-${o.id}`,
      kind: o.kind,
      lines: [
        { id: 'l1', sku: 'SKU-A', name: 'Pull', qty: 2, price: { amount: 4990, currency: 'EUR' } },
        {
          id: 'l2',
          sku: o.id === 'o-2' ? 'SKU-C' : 'SKU-B',
          name: 'Écharpe',
          qty: 1,
          price: { amount: 1990, currency: 'EUR' },
        },
      ],
    });
  }
  return w.state;
}

let seqId = 0;
function make<T extends CommandType>(type: T, payload: PayloadOf<T>, actor: Actor): Command {
  seqId += 1;
  return {
    id: `${actor.deviceId}-${String(seqId).padStart(6, '0')}`,
    type,
    orderId: definitionOf(type)?.orderId(payload) ?? '',
    deviceId: actor.deviceId,
    staffId: actor.staffId,
    deviceTime: T0,
    payload,
  } as Command;
}

const orderId = fc.constantFrom(...ORDERS.map((o) => o.id));
const lineId = fc.constantFrom(...LINES);
const sku = fc.constantFrom(...SKUS);
const qty = fc.integer({ min: 1, max: 2 });
const verification = { method: 'pickup_code' as const, proof: '4821' };
const recipient = { name: 'Camille', relation: 'self' as const };
const refund = { amount: 0, currency: 'EUR', method: 'none' as const };

/** Any device command, valid or not for the state it will meet. */
const deviceCommand = (actor: Actor) =>
  fc.oneof(
    fc.record({ orderId }).map((p) => make('start_pick', p, actor)),
    fc.record({ orderId, lineId, qty, barcode: fc.constant('') }).map((p) => make('pick', p, actor)),
    fc.record({ orderId, lineId, qty: fc.constant(1) }).map((p) => make('unpick', p, actor)),
    fc
      .record({
        orderId,
        lineId,
        qty,
        reason: fc.constantFrom('not_in_stock', 'mismatch', 'damaged', 'no_variance'),
      })
      .map((p) => make('reject_line', p as PayloadOf<'reject_line'>, actor)),
    fc
      .record({ orderId })
      .map((p) => make('pack', { ...p, parcels: [{ id: 'p1', box: 'S', weightGrams: 300 }] }, actor)),
    fc
      .record({ orderId })
      .map((p) => make('ship', { ...p, carrier: 'colissimo', trackingNumbers: ['6A0001'] }, actor)),
    fc.record({ orderId }).map((p) => make('ready_for_pickup', { ...p, stagingLocation: 'B1' }, actor)),
    fc
      .record({ orderId, lineId, qty })
      .map((p) =>
        make(
          'handover',
          { orderId: p.orderId, lines: [{ lineId: p.lineId, qty: p.qty }], verification, recipient },
          actor,
        ),
      ),
    fc.record({ orderId }).map((p) => make('cancel_at_counter', { ...p, reason: 'customer_refused' }, actor)),
    fc.record({ sku, qty, disposition: fc.constantFrom('restock', 'damaged', 'vendor') }).map((p) =>
      make(
        'create_return',
        {
          returnId: `r-${actor.deviceId}-${seqId + 1}`,
          orderId: '',
          orderNumber: '',
          lines: [
            {
              sku: p.sku,
              lineId: '',
              qty: p.qty,
              reason: 'other',
              condition: 'new',
              disposition: p.disposition as 'restock',
            },
          ],
          refund,
        },
        actor,
      ),
    ),
    fc
      .record({ sku, delta: fc.constantFrom(-2, -1, 1, 3) })
      .map((p) => make('adjust_stock', { ...p, reason: 'correction' }, actor)),
    fc.record({ sku, counted: fc.integer({ min: 0, max: 5 }) }).map((p) => make('count_stock', p, actor)),
    fc
      .record({ orderId, lineId })
      .map((p) => make('complete_task', { taskId: `put_away:${p.orderId}:${p.lineId}` }, actor)),
  );

const omsCommand = fc.oneof(
  orderId.map((id) => make('cancel_order', { orderId: id, reason: 'customer_request' }, OMS)),
  orderId.map((id) => make('reassign_order', { orderId: id }, OMS)),
);

type Step =
  | { kind: 'push'; device: number; n: number; lose: boolean }
  | { kind: 'pull'; device: number; collections: (typeof PULLED)[number][] }
  | { kind: 'oms'; command: Command };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('push' as const),
      device: fc.nat(2),
      n: fc.integer({ min: 1, max: 4 }),
      lose: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pull' as const),
      device: fc.nat(2),
      collections: fc.subarray(PULLED, { minLength: 1 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('oms' as const), command: omsCommand }) },
);

/** Facts that add up: business quantities that must not depend on the arrival order. */
function businessFacts(state: StoreState) {
  return {
    lines: Object.values(state.orders)
      .map((o) => ({
        id: o.id,
        status: o.status,
        lines: o.lines.map((l) => [l.picked, l.handedOver, l.reserved].join('/')),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    stock: Object.values(state.stock)
      .map((s) => [s.sku, s.onHand, s.reserved, s.unsellable].join('/'))
      .sort(),
    // Units to put away or count must agree; a customer-service case counts occurrences, which
    // depend on which command came second, so only its existence is compared.
    openTasks: Object.values(state.tasks)
      .filter((t) => t.status === 'open')
      .map((t) => `${t.id}=${t.kind === 'customer_service' ? 'open' : t.qty}`)
      .sort(),
  };
}

function expectStockIsSumOfMovements(service: ServiceModel) {
  const sums = new Map<string, { onHand: number; reserved: number; unsellable: number }>();
  for (const m of service.movements) {
    const s = sums.get(m.sku) ?? { onHand: 0, reserved: 0, unsellable: 0 };
    s.onHand += m.onHand;
    s.reserved += m.reserved;
    s.unsellable += m.unsellable;
    sums.set(m.sku, s);
  }
  for (const level of Object.values(service.state.stock)) {
    const initial = INITIAL.stock[level.sku] ?? { onHand: 0, reserved: 0, unsellable: 0 };
    const moved = sums.get(level.sku) ?? { onHand: 0, reserved: 0, unsellable: 0 };
    expect(level.onHand).toBe(initial.onHand + moved.onHand);
    expect(level.reserved).toBe(initial.reserved + moved.reserved);
    expect(level.unsellable).toBe(initial.unsellable + moved.unsellable);
    expect(level.available).toBe(level.onHand - level.reserved - level.unsellable);
    // Reservations are exactly what the open orders hold.
    const held = Object.values(service.state.orders)
      .flatMap((o) => o.lines)
      .filter((l) => l.sku === level.sku)
      .reduce((n, l) => n + l.reserved, 0);
    expect(level.reserved).toBe(held);
  }
}

const INITIAL = initialState();

describe('convergence (property-based)', () => {
  it('three devices and the OMS, any interleaving, lost responses and partial pulls: every device ends on the service state', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(deviceCommand(DEVICES[0] as Actor), { maxLength: 12 }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.array(step, { maxLength: 40 }),
        (outboxes, steps) => {
          const service = new ServiceModel(INITIAL);
          const devices = DEVICES.map((d) => new DeviceModel(d.deviceId, service));
          // Re-home the generated commands on their device.
          outboxes.forEach((cmds, i) => {
            const actor = DEVICES[i] as Actor;
            for (const c of cmds)
              devices[i]?.record({
                ...c,
                id: `${actor.deviceId}:${c.id}`,
                deviceId: actor.deviceId,
                staffId: actor.staffId,
              });
          });
          let clock = Date.parse(T0);
          const now = () => {
            clock += 1000;
            return new Date(clock).toISOString();
          };
          for (const s of steps) {
            if (s.kind === 'push') devices[s.device]?.push(service, s.n, now(), s.lose);
            else if (s.kind === 'pull') devices[s.device]?.pull(service, s.collections);
            else service.push([s.command], now());
          }
          for (const d of devices) d.push(service, d.outbox.length, now(), false);
          for (const d of devices) d.pull(service, PULLED);

          const truth = service.visible();
          for (const d of devices) expect(d.view(now())).toEqual(truth);

          // No command applied twice, none lost.
          const all = devices.flatMap((d) => d.outbox);
          expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
          for (const c of all) expect(service.receipts.has(c.id)).toBe(true);
          for (const o of Object.values(service.state.orders)) {
            const ids = o.commandLog.map((e) => e.commandId);
            expect(new Set(ids).size).toBe(ids.length);
          }
          expectStockIsSumOfMovements(service);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a device that pulled everything sees exactly what the service will make of its unpushed commands', () => {
    fc.assert(
      fc.property(
        fc.array(deviceCommand(DEVICES[0] as Actor), { maxLength: 10 }),
        fc.nat(10),
        (cmds, pushed) => {
          const service = new ServiceModel(INITIAL);
          const device = new DeviceModel('tablet-a', service);
          for (const c of cmds) device.record(c);
          device.push(service, pushed, T0, false);
          device.pull(service, PULLED);
          const now = '2026-11-25T10:00:00.000Z';
          const predicted = applyCommands(service.visible(), device.outbox.slice(device.pushed), {
            now,
          }).state;
          const view = device.view(now);
          expect(businessFacts(view)).toEqual(businessFacts(predicted));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('picks from three devices, handovers, returns and OMS cancels/reassigns add up to the same facts in any arrival order', () => {
    const sfsOrder = fc.constantFrom('o-1', 'o-2');
    const ccOrder = fc.constantFrom('o-3', 'o-4');
    const actor = fc.constantFrom(...DEVICES);
    const fact = fc.oneof(
      fc
        .record({ a: actor, orderId, lineId, qty })
        .map((p) => make('pick', { orderId: p.orderId, lineId: p.lineId, qty: p.qty, barcode: '' }, p.a)),
      fc
        .record({ a: actor, orderId: ccOrder, lineId, qty })
        .map((p) =>
          make(
            'handover',
            { orderId: p.orderId, lines: [{ lineId: p.lineId, qty: p.qty }], verification, recipient },
            p.a,
          ),
        ),
      fc.record({ a: actor, sku, qty }).map((p) =>
        make(
          'create_return',
          {
            returnId: `r${seqId + 1}`,
            orderId: '',
            orderNumber: '',
            lines: [
              {
                sku: p.sku,
                lineId: '',
                qty: p.qty,
                reason: 'other',
                condition: 'new',
                disposition: 'restock',
              },
            ],
            refund,
          },
          p.a,
        ),
      ),
      fc
        .record({ a: actor, sku, delta: fc.constantFrom(-1, 2) })
        .map((p) => make('adjust_stock', { sku: p.sku, delta: p.delta, reason: 'found' }, p.a)),
    );
    const omsFacts = fc.uniqueArray(
      fc.oneof(
        sfsOrder.map((id) => make('cancel_order', { orderId: id, reason: 'customer_request' }, OMS)),
        sfsOrder.map((id) => make('reassign_order', { orderId: id }, OMS)),
      ),
      { selector: (c) => c.orderId, maxLength: 2 },
    );
    const scenario = fc
      .tuple(fc.array(fact, { maxLength: 25 }), omsFacts)
      .map(([facts, oms]) => [...facts, ...oms])
      .chain((commands) =>
        fc.tuple(
          fc.constant(commands),
          fc.shuffledSubarray(commands, { minLength: commands.length, maxLength: commands.length }),
        ),
      );
    fc.assert(
      fc.property(scenario, ([commands, shuffled]) => {
        const now = '2026-11-25T10:00:00.000Z';
        const a = applyCommands(INITIAL, commands, { now }).state;
        const b = applyCommands(INITIAL, shuffled, { now }).state;
        expect(businessFacts(b)).toEqual(businessFacts(a));
      }),
      { numRuns: 300 },
    );
  });
});
