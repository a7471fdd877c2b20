import { availabilityOf } from '@shared/network/availability';
import { indexSafetyStock, safetyStockFor } from '@shared/network/safety-stock';
import { describe, expect, it } from 'vitest';

describe('safety stock resolution', () => {
  const index = indexSafetyStock([
    { storeId: '', sku: '', category: '', qty: 1 },
    { storeId: 'lyon', sku: '', category: '', qty: 4 },
    { storeId: '', sku: '', category: 'knitwear', qty: 2 },
    { storeId: 'lyon', sku: '', category: 'knitwear', qty: 3 },
    { storeId: '', sku: 'PULL', category: '', qty: 6 },
    { storeId: 'paris', sku: 'PULL', category: '', qty: 5 },
  ]);

  it('takes a SKU’s rule over its category’s over the default, a store’s own first at each level', () => {
    expect(safetyStockFor(index, 'paris', 'PULL', 'knitwear')).toBe(5);
    expect(safetyStockFor(index, 'lyon', 'PULL', 'knitwear')).toBe(6);
    expect(safetyStockFor(index, 'lyon', 'SCARF', 'knitwear')).toBe(3);
    expect(safetyStockFor(index, 'lille', 'SCARF', 'knitwear')).toBe(2);
    expect(safetyStockFor(index, 'lyon', 'SOCK', '')).toBe(4);
    expect(safetyStockFor(index, 'lille', 'SOCK', '')).toBe(1);
    expect(safetyStockFor(indexSafetyStock([]), 'lille', 'SOCK', '')).toBe(0);
  });

  it('sums each store’s net, never below 0 in a store', () => {
    const a = availabilityOf(
      'PULL',
      [
        { storeId: 'paris', onHand: 10, reserved: 2, unsellable: 1, updatedAt: '2026-11-30T10:00:00.000Z' },
        { storeId: 'lille', onHand: 1, reserved: 0, unsellable: 0, updatedAt: '2026-11-30T11:00:00.000Z' },
      ],
      (storeId) => (storeId === 'paris' ? 3 : 2),
    );
    expect(a.stores.map((s) => [s.storeId, s.netAvailable])).toEqual([
      ['lille', 0],
      ['paris', 4],
    ]);
    expect(a.total).toEqual({
      onHand: 11,
      reserved: 2,
      unsellable: 1,
      safetyStock: 5,
      netAvailable: 4,
      stores: 2,
      updatedAt: '2026-11-30T11:00:00.000Z',
    });
  });
});
