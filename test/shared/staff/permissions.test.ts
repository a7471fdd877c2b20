import { DEVICE_COMMAND_TYPES } from '@shared/commands';
import {
  ADJUST_UNITS_LIMIT_DEFAULT,
  DEVICE_COMMANDS,
  PERMISSIONS,
  PHYSICAL_FACTS,
  ROLES,
  requiredActions,
  roleMay,
} from '@shared/staff/permissions';
import { describe, expect, it } from 'vitest';
import { World } from '../../support/fixtures';

describe('permissions table', () => {
  it('names every device command (and only those), each allowed to at least the manager', () => {
    expect([...DEVICE_COMMANDS].sort()).toEqual([...DEVICE_COMMAND_TYPES].sort());
    for (const [action, roles] of Object.entries(PERMISSIONS)) {
      expect(roles, action).toContain('manager');
      for (const role of roles) expect(ROLES).toContain(role);
    }
  });

  it('keeps managers-only actions from associates and counter staff', () => {
    for (const action of [
      'set_capacity',
      'pause_fulfilment',
      'override_pickup_code',
      'unpack',
      'edit_refund',
    ]) {
      expect(roleMay('associate', action), action).toBe(false);
      expect(roleMay('counter', action), action).toBe(false);
      expect(roleMay('manager', action), action).toBe(true);
    }
    expect(roleMay('counter', 'handover')).toBe(true);
    expect(roleMay('associate', 'handover')).toBe(false);
    expect(roleMay('associate', 'pack')).toBe(true);
  });

  it('an unknown role, an unknown action or a prototype key allows nothing', () => {
    expect(roleMay('owner', 'pick')).toBe(false);
    expect(roleMay('manager', 'launch_rocket')).toBe(false);
    expect(roleMay('manager', '__proto__')).toBe(false);
    expect(roleMay('manager', 'constructor')).toBe(false);
    expect(roleMay('__proto__', 'pick')).toBe(false);
  });

  it('a large adjustment needs adjust_above_limit; a staff review needs a manager to close it', () => {
    expect(requiredActions('adjust_stock', { delta: ADJUST_UNITS_LIMIT_DEFAULT })).toEqual(['adjust_stock']);
    expect(requiredActions('adjust_stock', { delta: -(ADJUST_UNITS_LIMIT_DEFAULT + 1) })).toEqual([
      'adjust_stock',
      'adjust_above_limit',
    ]);
    // The store's own limit.
    expect(requiredActions('adjust_stock', { delta: 3 }, 2)).toContain('adjust_above_limit');
    expect(requiredActions('adjust_stock', { delta: 40 }, 50)).toEqual(['adjust_stock']);
    expect(requiredActions('complete_task', { taskId: 'staff_review:x' })).toContain('close_staff_review');
    expect(requiredActions('pick', null)).toEqual(['pick']);
  });

  it('physical facts are device commands', () => {
    for (const fact of PHYSICAL_FACTS) expect(DEVICE_COMMANDS).toContain(fact);
  });
});

describe('role check in the reducer', () => {
  it('an associate adjusting above the limit is kept, with a review; within the limit it is plain', () => {
    const w = new World().withStock();
    const dora = { deviceId: 'tablet-c', staffId: 'dora' };
    expect(w.run('adjust_stock', { sku: 'SKU-A', delta: 2, reason: 'found' }, dora).outcome.status).toBe(
      'applied',
    );
    const big = w.run('adjust_stock', { sku: 'SKU-A', delta: 20, reason: 'received' }, dora);
    expect(big.outcome).toEqual({ status: 'exception', reason: 'done_without_permission' });
    expect(w.stock('SKU-A').onHand).toBe(32);
    expect(w.run('adjust_stock', { sku: 'SKU-A', delta: 20, reason: 'received' }).outcome.status).toBe(
      'applied',
    );
  });

  it('only a manager closes a staff review', () => {
    const w = new World().withStock();
    w.run('adjust_stock', { sku: 'SKU-A', delta: -1, reason: 'lost' }, { deviceId: 'x', staffId: 'ghost' });
    const review = w.openTasks().find((t) => t.kind === 'staff_review');
    if (!review) throw new Error('no review task');
    const eric = { deviceId: 'desk', staffId: 'eric' };
    expect(w.run('complete_task', { taskId: review.id }, eric).outcome.reason).toBe('not_permitted');
    expect(w.run('complete_task', { taskId: review.id }).outcome.status).toBe('applied');
    expect(w.openTasks()).toEqual([]);
  });

  it('OMS commands need no staff', () => {
    const w = new World();
    expect(w.state.staff.oms).toBeUndefined();
    expect(w.withStock().assign().order().status).toBe('assigned');
  });
});
