import { applyCommand } from '@shared/reducer/apply';
import type { StoreState } from '@shared/reducer/state';
import { COMMAND_LOG_WINDOW } from '@shared/schemas/fragments';
import { describe, expect, it } from 'vitest';
import { anOrder, aStore, command, OMS, T0, World } from '../../support/fixtures';
import { testStaffDocs } from '../../support/staff';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

/** A state whose records are plain objects, as a device's views build them. */
function plainState(): StoreState {
  return {
    store: aStore(),
    orders: {},
    stock: {},
    tasks: {},
    returns: {},
    capacity: {},
    products: {},
    staff: testStaffDocs('paris-01', T0),
  };
}

describe('hostile ids in the reducer', () => {
  for (const key of PROTOTYPE_KEYS) {
    it(`ids named ${key} are ordinary ids, on prototype-free and plain records alike`, () => {
      const w = new World();
      expect(w.run('complete_task', { taskId: key }).outcome).toEqual({
        status: 'rejected',
        reason: 'unknown_task',
      });
      expect(w.run('pick', { orderId: key, lineId: 'l1', qty: 1, barcode: '' }).outcome.reason).toBe(
        'unknown_order',
      );
      w.run(
        'assign_order',
        {
          order: anOrder({
            id: key,
            lines: [{ id: key, sku: key, name: 'x', qty: 1, price: { amount: 1, currency: 'EUR' } }],
          }),
        },
        OMS,
      );
      expect(w.state.orders[key]?.id).toBe(key);
      expect(w.run('pick', { orderId: key, lineId: key, qty: 1, barcode: '' }).outcome.status).toBe(
        'applied',
      );
      expect(w.run('adjust_stock', { sku: key, delta: -5, reason: 'lost' }).outcome.status).toBe('applied');
      expect(Object.hasOwn(w.state.stock, key)).toBe(true);
      expect(Object.hasOwn(w.state.tasks, `cycle_count:${key}`)).toBe(true);

      const plain = applyCommand(
        plainState(),
        command('adjust_stock', { sku: key, delta: 2, reason: 'found' }),
        {
          now: '2026-11-25T10:00:00.000Z',
        },
      );
      expect(plain.outcome.status).toBe('applied');
      expect(Object.getPrototypeOf(plain.state.stock)).toBeNull();
      expect(plain.state.stock[key]?.onHand).toBe(2);
      const task = applyCommand(plainState(), command('complete_task', { taskId: key }), {
        now: '2026-11-25T10:00:00.000Z',
      });
      expect(task.outcome.reason).toBe('unknown_task');

      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      expect(Object.keys(Object.prototype)).toEqual([]);
    });
  }

  it(`an order keeps its newest ${COMMAND_LOG_WINDOW} history entries`, () => {
    const w = new World().withStock().assign();
    for (let i = 0; i < COMMAND_LOG_WINDOW + 20; i++) w.run('start_pick', { orderId: 'o-1' });
    const log = w.order().commandLog;
    expect(log).toHaveLength(COMMAND_LOG_WINDOW);
    expect(log.at(-1)?.type).toBe('start_pick');
  });
});
