import type { CommandEnvelope } from '../commands/envelope';
import { own } from '../domain/records';
import { storeSettings } from '../domain/store-settings';
import type { StaffDoc } from '../schemas/staff';
import {
  APPROVED_COMMANDS,
  approverOf,
  PHYSICAL_FACTS,
  requiredActions,
  roleMay,
} from '../staff/permissions';
import type { StoreState } from './state';

/** The staff member a command names, if the store has them (prototype keys are nobody). */
export function staffOf(state: Pick<StoreState, 'staff'>, staffId: string): StaffDoc | undefined {
  return own(state.staff, staffId);
}

/**
 * May the command's author do it: known, active, the command itself allowed to
 * their role, and each harder variant it needs allowed to them or to the active
 * staff member who approved it on the device (a manager's PIN).
 */
export function permitted(
  state: Pick<StoreState, 'staff' | 'store'>,
  command: Pick<CommandEnvelope, 'type' | 'payload' | 'staffId'>,
): boolean {
  const staff = staffOf(state, command.staffId);
  if (!staff?.active) return false;
  const approverId = approverOf(command.type, command.payload);
  const approver = approverId ? staffOf(state, approverId) : undefined;
  // A manager's approval covers a harder variant, and the command itself only where the table says so (unpack).
  const approvable = (i: number) => i > 0 || (APPROVED_COMMANDS as readonly string[]).includes(command.type);
  const { adjustUnitsLimit } = storeSettings(state.store.settings);
  return requiredActions(command.type, command.payload, adjustUnitsLimit).every(
    (action, i) =>
      roleMay(staff.role, action) ||
      (approvable(i) && approver?.active === true && roleMay(approver.role, action)),
  );
}

/** A fact that happened is kept even when its author lacked the role. */
export function isPhysicalFact(type: string): boolean {
  return (PHYSICAL_FACTS as readonly string[]).includes(type);
}
