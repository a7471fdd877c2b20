import { describe, expect, it } from 'vitest';
import { World } from '../../support/fixtures';

const refund = { amount: 4990, currency: 'EUR', method: 'original_payment' as const };
/** What an unlinked return of one unit of each default product (10.00 each) may refund at most. */
const unitRefund = { ...refund, amount: 1000 };

/** One unit of SKU-A brought back, recorded offline against a typed order number (no order on the device). */
const typedReturn = (w: World, orderNumber: string) =>
  w.run('create_return', {
    returnId: 'r-1',
    orderId: '',
    orderNumber,
    lines: [
      { sku: 'SKU-A', lineId: '', qty: 1, reason: 'too_large', condition: 'new', disposition: 'restock' },
    ],
    refund: unitRefund,
  });

describe('returns', () => {
  it('restocked goods become sellable; damaged ones are on hand but not for sale', () => {
    const w = new World().withStock();
    const r = w.run('create_return', {
      returnId: 'r-1',
      orderId: '',
      orderNumber: 'WEB-777',
      lines: [
        { sku: 'SKU-A', lineId: '', qty: 1, reason: 'too_small', condition: 'new', disposition: 'restock' },
        { sku: 'SKU-B', lineId: '', qty: 1, reason: 'damaged', condition: 'damaged', disposition: 'damaged' },
      ],
      refund: unitRefund,
    });
    expect(r.outcome.status).toBe('applied');
    expect(w.stock('SKU-A')).toMatchObject({ onHand: 11, available: 11 });
    expect(w.stock('SKU-B')).toMatchObject({ onHand: 6, unsellable: 1, available: 5 });
    expect(w.state.returns['r-1']).toMatchObject({ orderNumber: 'WEB-777', refund: unitRefund });
    expect(r.events.find((e) => e.type === 'returned')?.data).toMatchObject({ refund: unitRefund });
  });

  it('links to the order line it came from', () => {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 2, barcode: '' });
    w.run('handover', {
      orderId: 'o-1',
      lines: [{ lineId: 'l1', qty: 2 }],
      verification: { method: 'id_document', proof: '1234' },
      recipient: { name: 'Camille', relation: 'self' },
    });
    w.run('create_return', {
      returnId: 'r-1',
      orderId: 'o-1',
      orderNumber: '',
      lines: [
        {
          sku: 'SKU-A',
          lineId: 'l1',
          qty: 1,
          reason: 'too_large',
          condition: 'opened',
          disposition: 'restock',
        },
      ],
      refund,
    });
    expect(w.order().lines[0]?.returned).toBe(1);
    expect(w.state.returns['r-1']?.orderNumber).toBe('FR-100001');
  });

  it('a return recorded offline against a typed order number is linked to that order and its lines', () => {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 2, barcode: '' });
    w.run('handover', {
      orderId: 'o-1',
      lines: [{ lineId: 'l1', qty: 2 }],
      verification: { method: 'id_document', proof: '1234' },
      recipient: { name: 'Camille', relation: 'self' },
    });
    const r = typedReturn(w, 'FR-100001');
    expect(r.outcome.status).toBe('applied');
    expect(w.state.returns['r-1']).toMatchObject({ orderId: 'o-1', lines: [{ sku: 'SKU-A', lineId: 'l1' }] });
    expect(w.order().lines[0]?.returned).toBe(1);
    const event = r.events.find((e) => e.type === 'returned');
    expect(event).toMatchObject({ orderId: 'o-1', data: { linkedByNumber: true } });
  });

  it('a typed number the store does not know stays an unlinked return', () => {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    const r = typedReturn(w, 'WEB-1');
    expect(r.outcome.status).toBe('applied');
    expect(w.state.returns['r-1']).toMatchObject({ orderId: '', orderNumber: 'WEB-1' });
    expect(w.order().lines[0]?.returned).toBe(0);
  });

  it('the same return id twice is refused', () => {
    const w = new World().withStock();
    const line = { sku: 'SKU-A', lineId: '', qty: 1, reason: 'other' as const, condition: 'new' as const };
    const payload = { returnId: 'r-1', orderId: '', orderNumber: '', refund: unitRefund };
    w.run('create_return', { ...payload, lines: [{ ...line, disposition: 'restock' }] });
    const again = w.run('create_return', { ...payload, lines: [{ ...line, disposition: 'restock' }] });
    expect(again.outcome.reason).toBe('duplicate_return');
    expect(w.stock('SKU-A').onHand).toBe(11);
  });
});

describe('stock', () => {
  it('adjustments move on hand, and negative stock asks for a count', () => {
    const w = new World().withStock({ 'SKU-A': 1 });
    w.run('adjust_stock', { sku: 'SKU-A', delta: -3, reason: 'lost' });
    expect(w.stock('SKU-A').onHand).toBe(-2);
    expect(w.openTasks()).toEqual([
      expect.objectContaining({ id: 'cycle_count:SKU-A', kind: 'cycle_count', reason: 'negative_stock' }),
    ]);
    w.run('count_stock', { sku: 'SKU-A', counted: 4 });
    expect(w.stock('SKU-A')).toMatchObject({ onHand: 4, available: 4 });
    expect(w.openTasks()).toEqual([]);
    expect(w.state.tasks['cycle_count:SKU-A']).toMatchObject({ status: 'done', doneBy: 'alice' });
  });

  it('a snapshot from the OMS moves each SKU to the given figure', () => {
    const w = new World().withStock({ 'SKU-A': 10 });
    const r = w.run('stock_snapshot', { items: [{ sku: 'SKU-A', onHand: 7 }] });
    expect(w.stock('SKU-A').onHand).toBe(7);
    expect(r.movements).toEqual([expect.objectContaining({ sku: 'SKU-A', onHand: -3, reason: 'snapshot' })]);
  });
});

describe('capacity and pause', () => {
  it('the manager sets a day limit; past days are refused', () => {
    const w = new World();
    const r = w.run('set_capacity', { date: '2026-11-26', kind: 'click_and_collect', limit: 40 });
    expect(w.state.capacity['2026-11-26:click_and_collect']).toMatchObject({ limit: 40, assigned: 0 });
    expect(r.events.map((e) => e.type)).toEqual(['capacity_changed']);
    expect(
      w.run('set_capacity', { date: '2026-11-24', kind: 'click_and_collect', limit: 1 }).outcome.reason,
    ).toBe('date_in_past');
  });

  it('pausing a kind of fulfilment is recorded on the store and told to the OMS', () => {
    const w = new World();
    const r = w.run('pause_fulfilment', { kind: 'ship_from_store', paused: true, reason: 'inventaire' });
    expect(w.state.store.fulfilment.ship_from_store).toMatchObject({
      paused: true,
      reason: 'inventaire',
      staffId: 'alice',
    });
    expect(r.events.map((e) => e.type)).toEqual(['fulfilment_paused']);
    w.assign();
    expect(w.order().commandLog.at(-1)?.reason).toBe('fulfilment_paused');
  });
});

describe('tasks', () => {
  it('completing a put-away task records the goods back on the shelf', () => {
    const w = new World().withStock().assign();
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 3, barcode: '' });
    const [task] = w.openTasks();
    expect(task).toMatchObject({ id: 'put_away:o-1:l1', qty: 1, reason: 'over_picked' });
    const r = w.run('complete_task', { taskId: 'put_away:o-1:l1' });
    expect(r.outcome.status).toBe('applied');
    expect(w.state.tasks['put_away:o-1:l1']).toMatchObject({ status: 'done', doneBy: 'alice' });
    expect(w.order().lines[0]?.putAway).toBe(1);
    expect(w.run('complete_task', { taskId: 'put_away:o-1:l1' }).outcome).toEqual({
      status: 'applied',
      reason: 'already_done',
    });
    expect(w.run('complete_task', { taskId: 'nope' }).outcome.reason).toBe('unknown_task');
  });
});
