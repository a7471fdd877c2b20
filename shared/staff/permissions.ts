/**
 * Who may do what in the store: ONE table, read by the app (it offers only the
 * actions the signed-in role may do) and by the reducer (it refuses a command
 * whose author lacks the role, on the device and on the service alike).
 * A new role is a new entry in ROLES and a column in the rows that allow it.
 */
export const ROLES = ['associate', 'counter', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/** The commands store devices send (the OMS's own commands need no role). A test keeps this in step. */
export const DEVICE_COMMANDS = [
  'start_pick',
  'pick',
  'unpick',
  'reject_line',
  'pack',
  'unpack',
  'ship',
  'ready_for_pickup',
  'handover',
  'cancel_at_counter',
  'create_return',
  'adjust_stock',
  'count_stock',
  'set_capacity',
  'pause_fulfilment',
  'set_opening_hours',
  'release_order',
  'complete_task',
] as const;
export type DeviceCommandType = (typeof DEVICE_COMMANDS)[number];

/** Actions of the app that are not commands of their own, but a harder variant of one. */
export const UI_ACTIONS = [
  /** Hand over without the customer's pickup code (another proof instead). */
  'override_pickup_code',
  /** Change the refund method or amount a return proposes. */
  'edit_refund',
  /** Adjust stock by more than the store's adjustUnitsLimit units at once. */
  'adjust_above_limit',
  /** Reject every outstanding order of the store at once (store cannot fulfil). */
  'release_all_outstanding',
  /** Close the review of something done without the role. */
  'close_staff_review',
] as const;
export type UiAction = (typeof UI_ACTIONS)[number];

export type Action = DeviceCommandType | UiAction;

/** An associate adjusts stock by at most this many units at once; more is a manager's call. */
/** Units an associate may adjust at once when the store has not set `settings.adjustUnitsLimit`. */
export const ADJUST_UNITS_LIMIT_DEFAULT = 10;

const ALL: readonly Role[] = ROLES;
const FLOOR: readonly Role[] = ['associate', 'manager'];
const COUNTER: readonly Role[] = ['counter', 'manager'];
const MANAGER: readonly Role[] = ['manager'];

export const PERMISSIONS: Readonly<Record<Action, readonly Role[]>> = {
  // Ship from store: the back room.
  start_pick: ALL,
  pick: ALL,
  unpick: ALL,
  reject_line: ALL,
  pack: FLOOR,
  ship: FLOOR,
  // Click & Collect: the counter.
  ready_for_pickup: ALL,
  handover: COUNTER,
  cancel_at_counter: COUNTER,
  create_return: COUNTER,
  // Stock and follow-ups.
  count_stock: ALL,
  adjust_stock: ALL,
  complete_task: ALL,
  // The store's day: managers.
  set_capacity: MANAGER,
  pause_fulfilment: MANAGER,
  set_opening_hours: MANAGER,
  release_order: MANAGER,
  override_pickup_code: MANAGER,
  edit_refund: MANAGER,
  unpack: MANAGER,
  adjust_above_limit: MANAGER,
  release_all_outstanding: MANAGER,
  close_staff_review: MANAGER,
};

/**
 * Commands that record something that physically happened (goods moved). The
 * role check never drops them: done without the role, they are kept and a
 * manager gets a review task (conflict rule `fact_without_permission`).
 */
export const PHYSICAL_FACTS: readonly DeviceCommandType[] = [
  'pick',
  'unpick',
  'ship',
  'handover',
  'create_return',
  'count_stock',
  'adjust_stock',
];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isAction(value: string): value is Action {
  return Object.hasOwn(PERMISSIONS, value);
}

/** May this role do this action? An unknown role or action may do nothing. */
export function roleMay(role: string, action: string): boolean {
  if (!isAction(action)) return false;
  return (PERMISSIONS[action] as readonly string[]).includes(role);
}

/** The actions a command needs beyond its own type (a large adjustment needs adjust_above_limit). */
export function requiredActions(
  type: string,
  payload: unknown,
  adjustUnitsLimit: number = ADJUST_UNITS_LIMIT_DEFAULT,
): string[] {
  const actions = [type];
  const fields = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  if (
    type === 'adjust_stock' &&
    typeof fields.delta === 'number' &&
    Math.abs(fields.delta) > adjustUnitsLimit
  )
    actions.push('adjust_above_limit');
  if (type === 'create_return' && typeof fields.refundEdit === 'object' && fields.refundEdit !== null)
    actions.push('edit_refund');
  // Goods let go on a pickup code that did not match: the override is a manager's.
  if (type === 'handover' && typeof fields.override === 'object' && fields.override !== null)
    actions.push('override_pickup_code');
  // One order of "release all outstanding": the bulk action's own permission too.
  if (type === 'release_order') actions.push('release_all_outstanding');
  if (
    type === 'complete_task' &&
    typeof fields.taskId === 'string' &&
    fields.taskId.startsWith('staff_review:')
  )
    actions.push('close_staff_review');
  return actions;
}

/** Commands a floor associate may do when a manager approves them with their PIN on the device. */
export const APPROVED_COMMANDS: readonly DeviceCommandType[] = ['unpack'];

/**
 * Who approved the harder variant of a command with their PIN on the device (a
 * manager's approval of an associate's action), or '' when nobody did.
 */
export function approverOf(type: string, payload: unknown): string {
  const fields = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  if ((type === 'adjust_stock' || type === 'unpack') && typeof fields.approvedBy === 'string')
    return fields.approvedBy;
  const edit = fields.refundEdit as Record<string, unknown> | undefined;
  if (type === 'create_return' && typeof edit?.approvedBy === 'string') return edit.approvedBy;
  const override = fields.override as Record<string, unknown> | undefined;
  if (type === 'handover' && typeof override?.managerId === 'string') return override.managerId;
  return '';
}
