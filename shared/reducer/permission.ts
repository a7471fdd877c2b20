import type { CommandEnvelope } from '../commands/envelope';
import { own } from '../domain/records';
import type { StaffDoc } from '../schemas/staff';
import { PHYSICAL_FACTS, requiredActions, roleMay } from '../staff/permissions';
import type { StoreState } from './state';

/** The staff member a command names, if the store has them (prototype keys are nobody). */
export function staffOf(state: Pick<StoreState, 'staff'>, staffId: string): StaffDoc | undefined {
  return own(state.staff, staffId);
}

/** May the command's author do it: known, active, and every action it needs allowed to their role? */
export function permitted(
  state: Pick<StoreState, 'staff'>,
  command: Pick<CommandEnvelope, 'type' | 'payload' | 'staffId'>,
): boolean {
  const staff = staffOf(state, command.staffId);
  if (!staff?.active) return false;
  return requiredActions(command.type, command.payload).every((action) => roleMay(staff.role, action));
}

/** A fact that happened is kept even when its author lacked the role. */
export function isPhysicalFact(type: string): boolean {
  return (PHYSICAL_FACTS as readonly string[]).includes(type);
}
