import { readFileSync } from 'node:fs';
import { CONFLICT_RULES, type ConflictRuleId, renderConflictsMarkdown } from '@shared/conflicts/rules';
import { foldPending } from '@shared/reducer/optimistic';
import { describe, expect, it } from 'vitest';
import { type Actor, aStore, command, OMS, TABLET_A, TABLET_B, World } from '../../support/fixtures';

const DORA: Actor = { deviceId: 'tablet-c', staffId: 'dora' };
const FELIX: Actor = { deviceId: 'tablet-c', staffId: 'felix' };
const ERIC: Actor = { deviceId: 'tablet-c', staffId: 'eric' };
const GHOST: Actor = { deviceId: 'tablet-c', staffId: 'ghost' };

const verification = { method: 'id_document' as const, proof: '7731' };
const recipient = { name: 'Camille Martin', relation: 'self' as const };
const parcels = [{ id: 'p1', box: 'M', weightGrams: 500 }];
/** A store whose uncollected orders expire 24 h after pickup-by, with an order past it and staged. */
function expiringWorld() {
  const store = aStore();
  const w = new World({ ...store, settings: { ...store.settings, pickupExpiryHours: 24 } })
    .withStock()
    .assign({ kind: 'click_and_collect', pickupBy: '2026-11-20T18:00:00.000Z' });
  pickAll(w);
  w.run('ready_for_pickup', { orderId: 'o-1', stagingLocation: 'R-03' });
  return w;
}

function pickAll(w: World) {
  w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 2, barcode: '' });
  w.run('pick', { orderId: 'o-1', lineId: 'l2', qty: 1, barcode: '' });
}

/** One scenario per rule; the record type makes a missing scenario a compile error. */
const scenarios: Record<ConflictRuleId, () => void> = {
  picks_add_up() {
    const w = new World().withStock().assign();
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' }, TABLET_A);
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' }, TABLET_B);
    expect(w.order().lines[0]?.picked).toBe(2);
    expect(w.openTasks()).toEqual([]);
  },
  over_pick() {
    const w = new World().withStock().assign();
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 2, barcode: '' }, TABLET_A);
    const r = w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 2, barcode: '' }, TABLET_B);
    expect(r.outcome).toEqual({ status: 'exception', reason: 'over_picked' });
    expect(w.openTasks()).toEqual([
      expect.objectContaining({ id: 'put_away:o-1:l1', qty: 2, reason: 'over_picked' }),
    ]);
  },
  pick_after_cancel() {
    const w = new World().withStock().assign();
    w.run('cancel_order', { orderId: 'o-1', reason: 'customer_request' }, OMS);
    const r = w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 2, barcode: '' });
    expect(r.outcome).toEqual({ status: 'exception', reason: 'picked_after_cancel' });
    expect(w.order()).toMatchObject({ status: 'cancelled' });
    expect(w.order().lines[0]?.picked).toBe(2);
    expect(w.openTasks()).toEqual([
      expect.objectContaining({ kind: 'put_away', qty: 2, reason: 'order_cancelled' }),
    ]);
  },
  cancel_after_pick() {
    const w = new World().withStock().assign();
    pickAll(w);
    const r = w.run('cancel_order', { orderId: 'o-1', reason: 'customer_request' }, OMS);
    expect(r.outcome.status).toBe('applied');
    expect(w.stock('SKU-A').reserved).toBe(0);
    expect(w.openTasks().map((t) => [t.sku, t.qty])).toEqual([
      ['SKU-A', 2],
      ['SKU-B', 1],
    ]);
  },
  pick_after_reassign() {
    const w = new World().withStock().assign();
    w.run('reassign_order', { orderId: 'o-1' }, OMS);
    const r = w.run('pick', { orderId: 'o-1', lineId: 'l2', qty: 1, barcode: '' });
    expect(r.outcome).toEqual({ status: 'exception', reason: 'picked_after_reassign' });
    expect(w.openTasks()).toEqual([
      expect.objectContaining({ sku: 'SKU-B', qty: 1, reason: 'order_reassigned' }),
    ]);
  },
  reassign() {
    const w = new World().withStock().assign();
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' });
    w.run('reassign_order', { orderId: 'o-1', reason: 'closer store' }, OMS);
    expect(w.order().status).toBe('reassigned');
    expect(w.stock('SKU-A').reserved).toBe(0);
    expect(w.openTasks()).toEqual([expect.objectContaining({ sku: 'SKU-A', qty: 1 })]);
  },
  handover_after_cancel() {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    pickAll(w);
    w.run('cancel_order', { orderId: 'o-1', reason: 'customer_request' }, OMS);
    const r = w.run('handover', {
      orderId: 'o-1',
      lines: [{ lineId: 'l1', qty: 2 }],
      verification,
      recipient,
    });
    expect(r.outcome).toEqual({ status: 'exception', reason: 'handover_after_cancel' });
    expect(w.stock('SKU-A').onHand).toBe(8);
    expect(
      w
        .openTasks()
        .map((t) => t.kind)
        .sort(),
    ).toEqual(['customer_service', 'put_away']);
    expect(r.events.find((e) => e.type === 'exception')?.data).toMatchObject({
      reason: 'handover_after_cancel',
    });
  },
  handover_after_reassign() {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    pickAll(w);
    w.run('reassign_order', { orderId: 'o-1' }, OMS);
    const r = w.run('handover', {
      orderId: 'o-1',
      lines: [{ lineId: 'l2', qty: 1 }],
      verification,
      recipient,
    });
    expect(r.outcome).toEqual({ status: 'exception', reason: 'handover_after_reassign' });
    expect(w.stock('SKU-B').onHand).toBe(4);
  },
  cancel_after_handover() {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    pickAll(w);
    w.run('handover', { orderId: 'o-1', lines: [{ lineId: 'l1', qty: 2 }], verification, recipient });
    const before = w.order();
    const r = w.run('cancel_order', { orderId: 'o-1', reason: 'customer_request' }, OMS);
    expect(r.outcome).toEqual({ status: 'rejected', reason: 'already_handed_over' });
    expect(w.order().status).toBe(before.status);
    expect(w.order().cancellation).toBeUndefined();
  },
  cancel_after_ship() {
    const w = new World().withStock().assign();
    pickAll(w);
    w.run('pack', { orderId: 'o-1', parcels });
    w.run('ship', { orderId: 'o-1', carrier: 'colissimo', trackingNumbers: ['6A000001'] });
    const r = w.run('cancel_order', { orderId: 'o-1', reason: 'customer_request' }, OMS);
    expect(r.outcome).toEqual({ status: 'rejected', reason: 'already_shipped' });
    expect(w.order().status).toBe('shipped');
  },
  ship_after_cancel() {
    const w = new World().withStock().assign();
    pickAll(w);
    w.run('pack', { orderId: 'o-1', parcels });
    w.run('cancel_order', { orderId: 'o-1', reason: 'fraud_suspected' }, OMS);
    expect(w.openTasks()).toHaveLength(2);
    const r = w.run('ship', { orderId: 'o-1', carrier: 'colissimo', trackingNumbers: ['6A000001'] });
    expect(r.outcome).toEqual({ status: 'exception', reason: 'shipped_after_cancel' });
    expect(w.stock('SKU-A').onHand).toBe(8);
    // The goods left with the carrier: nothing to put away any more, customer service takes over.
    expect(w.openTasks().map((t) => t.kind)).toEqual(['customer_service']);
  },
  unpack_after_ship() {
    const w = new World().withStock().assign();
    pickAll(w);
    w.run('pack', { orderId: 'o-1', parcels });
    w.run('ship', { orderId: 'o-1', carrier: 'colissimo', trackingNumbers: ['6A000001'] }, TABLET_B);
    const r = w.run('unpack', { orderId: 'o-1', approvedBy: 'manon' }, TABLET_A);
    expect(r.outcome).toEqual({ status: 'rejected', reason: 'already_shipped' });
    expect(w.order()).toMatchObject({ status: 'shipped', parcels });
    expect(w.stock('SKU-A').onHand).toBe(8);
  },
  handover_more_than_ordered() {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    pickAll(w);
    const all = [
      { lineId: 'l1', qty: 2 },
      { lineId: 'l2', qty: 1 },
    ];
    w.run('handover', { orderId: 'o-1', lines: all, verification, recipient }, TABLET_A);
    const r = w.run('handover', { orderId: 'o-1', lines: all, verification, recipient }, TABLET_B);
    expect(r.outcome).toEqual({ status: 'exception', reason: 'handed_over_more_than_ordered' });
    expect(w.stock('SKU-A').onHand).toBe(6);
    expect(w.openTasks().map((t) => t.kind)).toEqual(['customer_service']);
  },
  handover_before_pick_arrives() {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    w.run(
      'handover',
      { orderId: 'o-1', lines: [{ lineId: 'l1', qty: 2 }], verification, recipient },
      TABLET_B,
    );
    const r = w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 2, barcode: '' }, TABLET_A);
    expect(r.outcome.status).toBe('applied');
    expect(w.openTasks()).toEqual([]);
    expect(w.stock('SKU-A').onHand).toBe(8);
  },
  reject_after_pick() {
    const w = new World().withStock().assign();
    w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' }, TABLET_A);
    const r = w.run(
      'reject_line',
      { orderId: 'o-1', lineId: 'l1', qty: 2, reason: 'not_in_stock' },
      TABLET_B,
    );
    expect(r.outcome).toEqual({ status: 'applied', reason: 'reduced_to_open_quantity' });
    expect(w.order().lines[0]).toMatchObject({ picked: 1, rejected: 1 });
  },
  intent_on_closed_order() {
    const w = new World().withStock().assign();
    w.run('cancel_order', { orderId: 'o-1', reason: 'customer_request' }, OMS);
    const before = w.state;
    const r = w.run('start_pick', { orderId: 'o-1' });
    expect(r.outcome).toEqual({ status: 'rejected', reason: 'order_cancelled' });
    expect(w.state.stock).toBe(before.stock);
    expect(w.state.tasks).toBe(before.tasks);
    expect(w.order().commandLog.at(-1)).toMatchObject({ type: 'start_pick', outcome: 'rejected' });
  },
  pickup_code_mismatch() {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    pickAll(w);
    const r = w.run('handover', {
      orderId: 'o-1',
      lines: [{ lineId: 'l2', qty: 1 }],
      verification: { method: 'pickup_code', proof: '9999' },
      recipient,
    });
    expect(r.outcome).toEqual({ status: 'exception', reason: 'pickup_code_mismatch' });
    expect(w.order().lines[1]?.handedOver).toBe(1);
  },
  refused_at_counter() {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    pickAll(w);
    const r = w.run('handover', {
      orderId: 'o-1',
      lines: [{ lineId: 'l1', qty: 2 }],
      refused: [{ lineId: 'l2', qty: 1, reason: 'changed_mind' }],
      verification,
      recipient,
    });
    expect(r.outcome).toEqual({ status: 'applied', reason: '' });
    expect(w.order()).toMatchObject({ status: 'collected' });
    expect(w.order().lines[1]).toMatchObject({ refused: 1, refuseReason: 'changed_mind', reserved: 0 });
    expect(w.stock('SKU-A')).toMatchObject({ onHand: 8, reserved: 0 });
    expect(w.stock('SKU-B')).toMatchObject({ onHand: 5, reserved: 0, available: 5 });
    expect(w.openTasks()).toEqual([
      expect.objectContaining({
        id: 'put_away:o-1:l2',
        kind: 'put_away',
        qty: 1,
        reason: 'refused_at_counter',
      }),
    ]);
    expect(r.events.find((e) => e.type === 'handed_over')?.data).toMatchObject({
      refused: [{ lineId: 'l2', sku: 'SKU-B', qty: 1, reason: 'changed_mind' }],
    });
  },
  pickup_expired() {
    const w = expiringWorld();
    const r = w.run('expire_pickup', { orderId: 'o-1' }, OMS);
    expect(r.outcome.status).toBe('applied');
    expect(w.order()).toMatchObject({ status: 'cancelled', cancellation: { reason: 'pickup_expired' } });
    expect(r.events.map((e) => e.type)).toContain('pickup_expired');
    expect(w.stock('SKU-A').reserved).toBe(0);
    expect(w.openTasks().map((t) => [t.id, t.kind, t.reason, t.qty])).toEqual([
      ['put_away:o-1:l1', 'expired_pickup', 'pickup_expired', 2],
      ['put_away:o-1:l2', 'expired_pickup', 'pickup_expired', 1],
    ]);
    // Not yet due (the store keeps orders 24 h after pickup-by) or switched off: refused, nothing changes.
    const early = new World()
      .withStock()
      .assign({ kind: 'click_and_collect', pickupBy: '2026-11-25T08:00:00.000Z' });
    expect(early.run('expire_pickup', { orderId: 'o-1' }, OMS).outcome).toEqual({
      status: 'rejected',
      reason: 'pickup_not_due',
    });
  },
  expiry_after_handover() {
    const w = expiringWorld();
    w.run('handover', { orderId: 'o-1', lines: [{ lineId: 'l1', qty: 1 }], verification, recipient });
    const r = w.run('expire_pickup', { orderId: 'o-1' }, OMS);
    expect(r.outcome).toEqual({ status: 'rejected', reason: 'already_handed_over' });
    expect(w.order().status).toBe('partially_collected');
    // The other way round: the expiry first, then a handover that happened offline is kept.
    const late = expiringWorld();
    late.run('expire_pickup', { orderId: 'o-1' }, OMS);
    const h = late.run('handover', {
      orderId: 'o-1',
      lines: [{ lineId: 'l1', qty: 2 }],
      verification,
      recipient,
    });
    expect(h.outcome).toEqual({ status: 'exception', reason: 'handover_after_cancel' });
  },
  returned_more_than_sold() {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    pickAll(w);
    w.run('handover', { orderId: 'o-1', lines: [{ lineId: 'l2', qty: 1 }], verification, recipient });
    const r = w.run('create_return', {
      returnId: 'r-1',
      orderId: 'o-1',
      orderNumber: '',
      lines: [
        { sku: 'SKU-B', lineId: 'l2', qty: 2, reason: 'other', condition: 'new', disposition: 'restock' },
      ],
      refund: { amount: 0, currency: 'EUR', method: 'none' },
    });
    expect(r.outcome).toEqual({ status: 'exception', reason: 'returned_more_than_sold' });
    expect(w.stock('SKU-B').onHand).toBe(6);
  },
  negative_stock() {
    const w = new World().withStock({ 'SKU-A': 0, 'SKU-B': 0 }).assign({ kind: 'click_and_collect' });
    pickAll(w);
    const r = w.run('handover', {
      orderId: 'o-1',
      lines: [{ lineId: 'l1', qty: 2 }],
      verification,
      recipient,
    });
    expect(r.outcome.status).toBe('applied');
    expect(w.stock('SKU-A').onHand).toBe(-2);
    expect(w.openTasks()).toEqual([expect.objectContaining({ id: 'cycle_count:SKU-A', qty: 2 })]);
  },
  not_permitted() {
    const w = new World().withStock().assign();
    const before = w.order();
    // An associate may not pause fulfilment; a counter member may not pack; unknown and inactive staff may do nothing.
    const pause = w.run(
      'pause_fulfilment',
      { kind: 'ship_from_store', paused: true, reason: 'inventaire' },
      DORA,
    );
    expect(pause.outcome).toEqual({ status: 'rejected', reason: 'not_permitted' });
    expect(w.state.store.fulfilment.ship_from_store.paused).toBe(false);
    expect(w.run('start_pick', { orderId: 'o-1' }, GHOST).outcome.reason).toBe('not_permitted');
    expect(w.run('start_pick', { orderId: 'o-1' }, FELIX).outcome.reason).toBe('not_permitted');
    expect(w.order().status).toBe(before.status);
    expect(w.order().commandLog.at(-1)).toMatchObject({
      outcome: 'rejected',
      reason: 'not_permitted',
      staffId: 'felix',
    });
    expect(w.run('start_pick', { orderId: 'o-1' }, DORA).outcome.status).toBe('applied');
  },
  approved_by_manager() {
    const w = new World().withStock();
    // Dora (associate) finds 15 units: more than she may adjust alone; Alice (manager) approves with her PIN.
    const approved = w.run(
      'adjust_stock',
      { sku: 'SKU-A', delta: 15, reason: 'found', approvedBy: 'alice' },
      DORA,
    );
    expect(approved.outcome).toEqual({ status: 'applied', reason: '' });
    expect(approved.events.find((e) => e.type === 'stock_adjusted')?.data).toMatchObject({
      approvedBy: 'alice',
    });
    // Without approval, or approved by another associate, the units are kept and a manager reviews it.
    const alone = w.run('adjust_stock', { sku: 'SKU-A', delta: 15, reason: 'found' }, DORA);
    expect(alone.outcome).toEqual({ status: 'exception', reason: 'done_without_permission' });
    const byPeer = w.run(
      'adjust_stock',
      { sku: 'SKU-A', delta: 12, reason: 'found', approvedBy: 'dora' },
      DORA,
    );
    expect(byPeer.outcome.reason).toBe('done_without_permission');
    expect(w.stock('SKU-A').onHand).toBe(10 + 15 + 15 + 12);
    // The limit is the store's: a store that sets it to 20 lets Dora adjust 15 alone.
    const store = aStore();
    const lenient = new World({
      ...store,
      settings: { ...store.settings, adjustUnitsLimit: 20 },
    }).withStock();
    expect(lenient.run('adjust_stock', { sku: 'SKU-A', delta: 15, reason: 'found' }, DORA).outcome).toEqual({
      status: 'applied',
      reason: '',
    });
    // A small adjustment needs no approval: naming someone (even someone who left) changes nothing.
    expect(
      w.run('adjust_stock', { sku: 'SKU-B', delta: 2, reason: 'found', approvedBy: 'felix' }, DORA).outcome
        .status,
    ).toBe('applied');
    // Eric (counter) takes a return; a manager lowers the refund: the edit and its approver go to the OMS.
    const refundEdit = { computed: 1000, reason: 'Article porté', approvedBy: 'alice' };
    const line = {
      sku: 'SKU-A',
      lineId: '',
      qty: 1,
      reason: 'changed_mind',
      condition: 'opened',
      disposition: 'restock',
    } as const;
    const edited = w.run(
      'create_return',
      {
        returnId: 'r-1',
        orderId: '',
        orderNumber: '',
        lines: [line],
        refund: { amount: 800, currency: 'EUR', method: 'store_credit' },
        refundEdit,
      },
      ERIC,
    );
    expect(edited.outcome.status).toBe('applied');
    expect(edited.events.find((e) => e.type === 'returned')?.data).toMatchObject({ refundEdit });
    const selfApproved = w.run(
      'create_return',
      {
        returnId: 'r-2',
        orderId: '',
        orderNumber: '',
        lines: [line],
        refund: { amount: 800, currency: 'EUR', method: 'store_credit' },
        refundEdit: { ...refundEdit, approvedBy: 'eric' },
      },
      ERIC,
    );
    expect(selfApproved.outcome).toEqual({ status: 'exception', reason: 'done_without_permission' });
  },
  fact_without_permission() {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    pickAll(w);
    w.run('ready_for_pickup', { orderId: 'o-1', stagingLocation: 'C1' });
    // Dora (associate) hands over: only counter staff and managers may, but the customer has the goods.
    const r = w.run(
      'handover',
      { orderId: 'o-1', lines: [{ lineId: 'l1', qty: 2 }], verification, recipient },
      DORA,
    );
    expect(r.outcome).toEqual({ status: 'exception', reason: 'done_without_permission' });
    expect(w.order().lines[0]?.handedOver).toBe(2);
    expect(w.stock('SKU-A').onHand).toBe(8);
    expect(w.openTasks()).toEqual([
      expect.objectContaining({ kind: 'staff_review', reason: 'done_without_permission', orderId: 'o-1' }),
    ]);
    // A stock movement by someone unknown is kept too, with its own review.
    const adjust = w.run('adjust_stock', { sku: 'SKU-B', delta: -1, reason: 'damaged' }, GHOST);
    expect(adjust.outcome.reason).toBe('done_without_permission');
    expect(w.stock('SKU-B').onHand).toBe(4);
    expect(w.openTasks().filter((t) => t.kind === 'staff_review')).toHaveLength(2);
  },
  duplicate_push() {
    // The service dedups by command id (test/server); on the device, a command the projection
    // already reflects is not applied a second time.
    const w = new World().withStock().assign();
    const pick = command('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' });
    w.apply(pick);
    const view = foldPending(w.state, [pick, pick], new Map(), { now: w.now() });
    expect(view.state.orders['o-1']?.lines[0]?.picked).toBe(1);
  },
  return_linked_by_number() {
    const w = new World().withStock().assign({ kind: 'click_and_collect' });
    pickAll(w);
    w.run('handover', { orderId: 'o-1', lines: [{ lineId: 'l2', qty: 1 }], verification, recipient });
    const r = w.run('create_return', {
      returnId: 'r-1',
      orderId: '',
      orderNumber: 'FR-100001',
      lines: [
        { sku: 'SKU-B', lineId: '', qty: 1, reason: 'other', condition: 'new', disposition: 'restock' },
      ],
      refund: { amount: 1000, currency: 'EUR', method: 'cash' },
    });
    expect(r.outcome.status).toBe('applied');
    expect(w.state.returns['r-1']).toMatchObject({ orderId: 'o-1', lines: [{ lineId: 'l2' }] });
    expect(w.order().lines[1]?.returned).toBe(1);
  },
  return_of_unknown_order() {
    const w = new World().withStock();
    const line = {
      sku: 'SKU-A',
      lineId: 'l1',
      qty: 1,
      reason: 'other',
      condition: 'new',
      disposition: 'restock',
    } as const;
    const refund = (amount: number) => ({ amount, currency: 'EUR', method: 'cash' }) as const;
    const r = w.run('create_return', {
      returnId: 'r-1',
      orderId: 'lyon-o-9',
      orderNumber: '',
      lines: [line],
      refund: refund(1000),
    });
    expect(r.outcome.status).toBe('applied');
    expect(w.state.returns['r-1']?.orderId).toBe('');
    expect(r.events.find((e) => e.type === 'returned')?.orderId).toBe('');
    const tooMuch = w.run('create_return', {
      returnId: 'r-2',
      orderId: '',
      orderNumber: '',
      lines: [line],
      refund: refund(1001),
    });
    expect(tooMuch.outcome).toEqual({ status: 'rejected', reason: 'refund_above_price' });
    const big = w.run(
      'create_return',
      {
        returnId: 'r-3',
        orderId: '',
        orderNumber: '',
        lines: [{ ...line, qty: 11 }],
        refund: refund(11_000),
      },
      ERIC,
    );
    expect(big.outcome).toEqual({ status: 'rejected', reason: 'refund_needs_manager' });
    // A manager takes it, or approves it with their PIN on the counter's device.
    const approved = w.run(
      'create_return',
      {
        returnId: 'r-4',
        orderId: '',
        orderNumber: '',
        lines: [{ ...line, qty: 11 }],
        refund: refund(11_000),
        refundEdit: { computed: 11_000, reason: 'Retour sans ticket validé', approvedBy: 'alice' },
      },
      ERIC,
    );
    expect(approved.outcome.status).toBe('applied');
  },
  quantity_beyond_limits() {
    const w = new World().withStock().assign();
    for (let i = 0; i < 10; i++) w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 100_000, barcode: '' });
    const r = w.run('pick', { orderId: 'o-1', lineId: 'l1', qty: 100_000, barcode: '' });
    expect(r.outcome).toEqual({ status: 'rejected', reason: 'quantity_limit' });
    expect(w.order().lines[0]?.picked).toBe(1_000_000);
    const stock = w.run('adjust_stock', { sku: 'SKU-A', delta: 100_000, reason: 'found' });
    expect(stock.outcome.status).toBe('applied');
  },
};

describe('conflict rules', () => {
  for (const rule of CONFLICT_RULES) {
    it(`${rule.id}: ${rule.when}`, scenarios[rule.id]);
  }

  it('docs/CONFLICTS.md is the table generated from the rules', () => {
    const doc = readFileSync(new URL('../../../docs/CONFLICTS.md', import.meta.url), 'utf8');
    expect(doc).toBe(renderConflictsMarkdown());
  });
});
