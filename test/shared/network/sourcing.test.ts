import { distanceKm } from '@shared/network/geo';
import { resolvePostalCode } from '@shared/network/postal-codes';
import { sourcingRules } from '@shared/network/rules';
import { type CandidateStore, sourceOrder } from '@shared/network/sourcing';
import { describe, expect, it } from 'vitest';

const PARIS = { latitude: 48.857, longitude: 2.352 };
const VERSAILLES = { latitude: 48.805, longitude: 2.12 };
const LYON = { latitude: 45.764, longitude: 4.836 };
const LILLE = { latitude: 50.629, longitude: 3.057 };

function store(
  storeId: string,
  location: CandidateStore['location'],
  stock: Record<string, number>,
  extra: Partial<CandidateStore> = {},
): CandidateStore {
  return {
    storeId,
    location,
    paused: false,
    remainingCapacity: null,
    stock: new Map(Object.entries(stock)),
    ...extra,
  };
}

const lines = [
  { id: 'l1', sku: 'PULL', qty: 2 },
  { id: 'l2', sku: 'SCARF', qty: 1 },
];
const request = { lines, destination: PARIS, allowSplit: true };

describe('sourcing: ranking and plan', () => {
  it('measures distances between French cities and places postal codes', () => {
    expect(distanceKm(PARIS, LYON)).toBeGreaterThan(385);
    expect(distanceKm(PARIS, LYON)).toBeLessThan(400);
    expect(resolvePostalCode('69002')).toMatchObject({ place: 'Lyon', precision: 'department' });
    expect(resolvePostalCode('92100')).toMatchObject({ place: 'Boulogne-Billancourt', precision: 'town' });
    expect(resolvePostalCode('97400')).toBeUndefined();
    expect(resolvePostalCode('69002', 'BE')).toBeUndefined();
    expect(resolvePostalCode('__proto__')).toBeUndefined();
  });

  it('sends the order to the nearest store that can serve all of it, and explains every store', () => {
    const result = sourceOrder(
      [
        store('lyon', LYON, { PULL: 9, SCARF: 9 }),
        store('versailles', VERSAILLES, { PULL: 2, SCARF: 1 }),
        store('paris', PARIS, { PULL: 2 }),
        store('lille', LILLE, {}),
      ],
      request,
      sourcingRules({}),
    );
    expect(result.reason).toBe('');
    expect(result.plan).toEqual({
      complete: true,
      parcels: 1,
      allocations: [
        {
          storeId: 'versailles',
          lines: [
            { lineId: 'l1', sku: 'PULL', qty: 2 },
            { lineId: 'l2', sku: 'SCARF', qty: 1 },
          ],
        },
      ],
      missing: [],
    });
    expect(result.candidates.map((c) => [c.storeId, c.rank, c.excluded])).toEqual([
      ['versailles', 1, []],
      ['lyon', 2, []],
      ['paris', 3, []],
      ['lille', null, ['no_stock']],
    ]);
    const paris = result.candidates.find((c) => c.storeId === 'paris');
    expect(paris).toMatchObject({ canServeAll: false, linesAvailable: 1, unitsAvailable: 2, distanceKm: 0 });
  });

  it('leaves out paused, full and far stores when the rules say so, and says which rule applied', () => {
    const stores = [
      store('paris', PARIS, { PULL: 5, SCARF: 5 }, { paused: true }),
      store('versailles', VERSAILLES, { PULL: 5, SCARF: 5 }, { remainingCapacity: 0 }),
      store('lyon', LYON, { PULL: 5, SCARF: 5 }),
    ];
    const far = sourceOrder(stores, request, sourcingRules({ maxDistanceKm: 100 }));
    expect(far.plan).toBeNull();
    expect(far.reason).toBe('no_store_can_serve');
    expect(far.candidates.map((c) => [c.storeId, c.excluded])).toEqual([
      ['paris', ['paused']],
      ['versailles', ['full']],
      ['lyon', ['too_far']],
    ]);
    expect(far.candidates[2]?.rules).toContain('max_distance');
    const lenient = sourceOrder(stores, request, sourcingRules({ excludePaused: false, excludeFull: false }));
    expect(lenient.plan?.allocations.map((a) => a.storeId)).toEqual(['paris']);
    expect(lenient.candidates[0]?.rules).toEqual(['exclude_paused']);
  });

  it('keeps the minimum after the pick, then prefers priority, then most stock over distance', () => {
    const stores = [
      store('paris', PARIS, { PULL: 3, SCARF: 3 }),
      store('versailles', VERSAILLES, { PULL: 8, SCARF: 8 }),
      store('lyon', LYON, { PULL: 20, SCARF: 20 }),
    ];
    // Paris would keep 1 PULL after picking 2: not enough with a minimum of 2.
    const protect = sourceOrder(stores, request, sourcingRules({ minNetAfterPick: 2 }));
    expect(protect.plan?.allocations.map((a) => a.storeId)).toEqual(['versailles']);
    expect(protect.candidates.find((c) => c.storeId === 'paris')?.lines[0]).toMatchObject({
      netAvailable: 3,
      pickable: 1,
    });
    const overstock = sourceOrder(stores, request, sourcingRules({ preferMostStock: true }));
    expect(overstock.plan?.allocations.map((a) => a.storeId)).toEqual(['lyon']);
    const priority = sourceOrder(
      stores,
      request,
      sourcingRules({ preferMostStock: true, storePriority: [{ storeId: 'versailles', priority: 5 }] }),
    );
    expect(priority.candidates.map((c) => c.storeId)).toEqual(['versailles', 'lyon', 'paris']);
  });

  it('splits with the fewest parcels when no store has everything, unless the order or the network forbids it', () => {
    const stores = [
      store('paris', PARIS, { PULL: 1 }),
      store('versailles', VERSAILLES, { PULL: 1, SCARF: 0 }),
      store('lyon', LYON, { PULL: 1, SCARF: 1 }),
      store('lille', LILLE, { SCARF: 1 }),
    ];
    const result = sourceOrder(stores, request, sourcingRules({}));
    expect(result.plan).toMatchObject({ complete: true, parcels: 2 });
    // Lyon serves the most units; one more store completes it.
    expect(result.plan?.allocations).toEqual([
      {
        storeId: 'lyon',
        lines: [
          { lineId: 'l1', sku: 'PULL', qty: 1 },
          { lineId: 'l2', sku: 'SCARF', qty: 1 },
        ],
      },
      { storeId: 'paris', lines: [{ lineId: 'l1', sku: 'PULL', qty: 1 }] },
    ]);
    expect(sourceOrder(stores, { ...request, allowSplit: false }, sourcingRules({}))).toMatchObject({
      plan: null,
      reason: 'no_single_store',
    });
    expect(sourceOrder(stores, request, sourcingRules({ allowSplit: false }))).toMatchObject({
      plan: null,
      reason: 'no_single_store',
    });
  });

  it('goes greedy past pairs, within the most parcels allowed, and says what is missing', () => {
    const three = [
      { id: 'a', sku: 'A', qty: 1 },
      { id: 'b', sku: 'B', qty: 1 },
      { id: 'c', sku: 'C', qty: 1 },
    ];
    const stores = [store('s1', PARIS, { A: 1 }), store('s2', PARIS, { B: 1 }), store('s3', PARIS, { C: 1 })];
    const all = sourceOrder(
      stores,
      { lines: three, destination: PARIS, allowSplit: true },
      sourcingRules({}),
    );
    expect(all.plan).toMatchObject({ complete: true, parcels: 3 });
    const two = sourceOrder(
      stores,
      { lines: three, destination: PARIS, allowSplit: true },
      sourcingRules({ maxParcels: 2 }),
    );
    expect(two.reason).toBe('not_enough_stock');
    expect(two.plan).toMatchObject({
      complete: false,
      parcels: 2,
      missing: [{ lineId: 'c', sku: 'C', qty: 1 }],
    });
  });

  it('counts two lines of one SKU against one stock', () => {
    const twice = [
      { id: 'a', sku: 'A', qty: 2 },
      { id: 'b', sku: 'A', qty: 2 },
    ];
    const result = sourceOrder(
      [store('near', PARIS, { A: 3 }), store('far', LYON, { A: 4 })],
      { lines: twice, destination: PARIS, allowSplit: true },
      sourcingRules({}),
    );
    expect(result.plan?.allocations.map((a) => a.storeId)).toEqual(['far']);
  });

  it('Click & Collect: the pickup store first when it can serve the order', () => {
    const stores = [
      store('versailles', VERSAILLES, { PULL: 9, SCARF: 9 }),
      store('paris', PARIS, { PULL: 2, SCARF: 1 }),
    ];
    const result = sourceOrder(
      stores,
      { lines, destination: VERSAILLES, pickupStoreId: 'paris', allowSplit: true },
      sourcingRules({}),
    );
    expect(result.plan?.allocations.map((a) => a.storeId)).toEqual(['paris']);
    expect(result.candidates[0]?.rules).toContain('pickup_store');
  });
});
