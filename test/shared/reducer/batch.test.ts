import type { Command } from '@shared/commands';
import { applyCommand } from '@shared/reducer/apply';
import { applyBatch, PROJECTIONS } from '@shared/reducer/batch';
import type { StoreState } from '@shared/reducer/state';
import { describe, expect, it } from 'vitest';
import { anOrder, command, OMS, T0, World } from '../../support/fixtures';

const NOW = '2026-11-25T10:00:00.000Z';

/** The documents of a state without the service's stamps (the batch numbers what it changed). */
function documents(state: StoreState) {
  const unstamped = (doc: object) => {
    const { seq: _seq, updatedAt: _updatedAt, ...rest } = doc as { seq: number; updatedAt: string };
    return rest;
  };
  return {
    store: unstamped(state.store),
    ...Object.fromEntries(
      PROJECTIONS.map((c) => [
        c,
        Object.fromEntries(Object.entries(state[c]).map(([id, doc]) => [id, unstamped(doc)])),
      ]),
    ),
  };
}

/** A batch where commands are refused after writing (quantity limits) and before (unknown order). */
function aBatch(): Command[] {
  const pick = (qty: number, lineId = 'l1') =>
    command('pick', { orderId: 'o-1', lineId, qty, barcode: '' }) as Command;
  return [
    command('start_pick', { orderId: 'o-1' }) as Command,
    ...Array.from({ length: 10 }, () => pick(100_000)),
    // The eleventh pick of 100,000 is refused once written (quantity_limit): its writes must not stay.
    pick(100_000),
    command('adjust_stock', { sku: 'SKU-A', delta: 3, reason: 'found' }) as Command,
    command('pick', { orderId: 'o-404', lineId: 'l1', qty: 1, barcode: '' }) as Command,
    pick(1, 'l2'),
    pick(100_000),
    command('assign_order', { order: anOrder({ id: 'o-2', number: 'FR-100002' }) }, OMS) as Command,
    command('count_stock', { sku: 'SKU-B', counted: 4 }) as Command,
  ];
}

describe('applyBatch', () => {
  it('gives what applyCommand folded over the commands gives, refusals after writes included', () => {
    const w = new World().setClock(T0).withStock().assign();
    // An unfrozen copy, as the service loads it from the database.
    const input = structuredClone(w.state);
    const untouched = structuredClone(w.state);
    const commands = aBatch();

    let folded = input;
    const outcomes = [];
    const movements = [];
    const events = [];
    for (const c of commands) {
      const r = applyCommand(folded, c, { now: NOW });
      folded = r.state;
      outcomes.push(r.outcome);
      movements.push(...r.movements);
      events.push(...r.events);
    }
    const batch = applyBatch(input, commands, { now: NOW, seq: 100 });

    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => o.reason)).toEqual([
      'quantity_limit',
      'unknown_order',
      'quantity_limit',
    ]);
    expect(batch.receipts.map((r) => ({ status: r.outcome, reason: r.reason }))).toEqual(outcomes);
    expect(batch.receipts.map((r) => r.seq)).toEqual(commands.map((_, i) => 101 + i));
    expect(batch.movements).toEqual(movements);
    expect(batch.events.map(({ seq: _seq, ...e }) => e)).toEqual(events);
    expect(documents(batch.state)).toEqual(documents(folded));
    expect(batch.state.orders['o-1']?.lines[0]?.picked).toBe(1_000_000);
    // The refusals are in the order's history, as applyCommand logs them.
    expect(batch.state.orders['o-1']?.commandLog.filter((e) => e.outcome === 'rejected')).toHaveLength(2);
    // Every changed document is numbered after the receipts; the input is left as it was.
    expect(batch.changes.map((c) => c.doc.seq)).toEqual(
      batch.changes.map((_, i) => 100 + commands.length + 1 + i),
    );
    expect(input).toEqual(untouched);
  });

  it('leaves the documents it did not change as they were (the same objects)', () => {
    const w = new World().setClock(T0).withStock().assign();
    const input = structuredClone(w.state);
    const batch = applyBatch(
      input,
      [command('adjust_stock', { sku: 'SKU-A', delta: 1, reason: 'found' }) as Command],
      { now: NOW, seq: 7 },
    );
    expect(batch.changes.map((c) => `${c.collection}/${c.id}`)).toEqual(['stock/SKU-A']);
    expect(batch.state.stock['SKU-B']).toBe(input.stock['SKU-B']);
    expect(batch.state.orders['o-1']).toBe(input.orders['o-1']);
  });
});
