import type { OrderDoc } from '@shared/schemas/order';
import type { ProductDoc } from '@shared/schemas/product';
import { describe, expect, it } from 'vitest';
import { withLocalPicks } from '../../../src-renderer/data/hooks/pick-walk';
import { allocate, buildWalk, matchScan } from '../../../src-renderer/data/hooks/walk';

const line = (id: string, sku: string, ordered: number, picked = 0) => ({
  id,
  sku,
  name: sku,
  barcodes: [`${sku}-EAN`],
  price: { amount: 100, currency: 'EUR' },
  ordered,
  picked,
  rejected: 0,
  rejectReason: '' as const,
  handedOver: 0,
  shipped: 0,
  returned: 0,
  putAway: 0,
  reserved: ordered,
});

const order = (id: string, lines: ReturnType<typeof line>[], log: string[] = []) =>
  ({
    id,
    number: id.toUpperCase(),
    kind: 'ship_from_store',
    status: 'assigned',
    lines,
    pickers: [],
    commandLog: log.map((commandId) => ({ commandId })),
  }) as unknown as OrderDoc;

const product = (sku: string, aisle: string, bay: string, shelf: string) =>
  ({
    sku,
    name: sku,
    barcode: `${sku}-EAN`,
    barcodes: [`${sku}-EAN`],
    location: { aisle, bay, shelf },
  }) as ProductDoc;

describe('the pick walk (pure)', () => {
  const products = new Map([
    ['S1', product('S1', 'A10', '1', '1')],
    ['S2', product('S2', 'A2', '1', '1')],
    ['S3', product('S3', 'A2', '1', '2')],
  ]);

  it('groups a SKU across orders, tote by tote, and walks A2 before A10; a scan of a later stop goes there', () => {
    const walk = buildWalk(
      [order('a', [line('1', 'S1', 1), line('2', 'S2', 1)]), order('b', [line('1', 'S2', 2)])],
      products,
    );
    expect(walk.stops.map((s) => s.sku)).toEqual(['S2', 'S1']);
    expect(walk.stops[0]?.parts.map((p) => [p.orderId, p.slot, p.toPick])).toEqual([
      ['a', 1, 1],
      ['b', 2, 2],
    ]);
    const first = walk.stops[0];
    if (!first) throw new Error('the walk has no stop');
    expect(allocate(first, 2).map((s) => [s.part.orderId, s.qty])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    expect(matchScan(walk, 'S1-EAN', 'S2')).toMatchObject({ kind: 'item', stop: { sku: 'S1' } });
    expect(matchScan(walk, 'a10-1')).toMatchObject({ kind: 'location', stop: { sku: 'S1' } });
    expect(matchScan(walk, 'ZZZ')).toEqual({ kind: 'none' });
  });

  it('shows a local pick until the order names its command, then counts it once', () => {
    const before = order('a', [line('1', 'S1', 2)]);
    const local = [{ orderId: 'a', lineId: '1', qty: 1, commandId: 'c1' }];
    expect(withLocalPicks([before], local)[0]?.lines[0]?.picked).toBe(1);
    const after = order('a', [line('1', 'S1', 2, 1)], ['c1']);
    expect(withLocalPicks([after], local)[0]?.lines[0]?.picked).toBe(1);
    const unpick = [{ orderId: 'a', lineId: '1', qty: -1 }];
    expect(withLocalPicks([after], unpick)[0]?.lines[0]?.picked).toBe(0);
  });
});
