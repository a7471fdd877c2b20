import type { Scope } from '../reducer/scope';
import type { Tx } from '../reducer/tx';
import { adjustStock } from './adjust-stock';
import { assignOrder } from './assign-order';
import { cancelAtCounter } from './cancel-at-counter';
import { cancelOrder } from './cancel-order';
import { completeTask } from './complete-task';
import { countStock } from './count-stock';
import { createReturn } from './create-return';
import type { CommandSource, DocRef, ScopeInput } from './define';

export type { CommandSource, DocRef, ScopeInput };

import type { CommandEnvelope } from './envelope';
import { expirePickup } from './expire-pickup';
import { handover } from './handover';
import { pack } from './pack';
import { pauseFulfilment } from './pause-fulfilment';
import { pick } from './pick';
import { readyForPickup } from './ready-for-pickup';
import { reassignOrder } from './reassign-order';
import { rejectLine } from './reject-line';
import { releaseOrder } from './release-order';
import { setCapacity } from './set-capacity';
import { setOpeningHours } from './set-opening-hours';
import { ship } from './ship';
import { startPick } from './start-pick';
import { stockSnapshot } from './stock-snapshot';
import { unpack } from './unpack';
import { unpick } from './unpick';
import { upsertProducts } from './upsert-products';
import { upsertStaff } from './upsert-staff';

/** Every command the reducer knows. A new command is a file in this folder and a line here. */
export const COMMANDS = {
  start_pick: startPick,
  pick,
  unpick,
  reject_line: rejectLine,
  pack,
  unpack,
  ship,
  ready_for_pickup: readyForPickup,
  handover,
  cancel_at_counter: cancelAtCounter,
  create_return: createReturn,
  adjust_stock: adjustStock,
  count_stock: countStock,
  set_capacity: setCapacity,
  pause_fulfilment: pauseFulfilment,
  set_opening_hours: setOpeningHours,
  release_order: releaseOrder,
  complete_task: completeTask,
  assign_order: assignOrder,
  cancel_order: cancelOrder,
  reassign_order: reassignOrder,
  expire_pickup: expirePickup,
  stock_snapshot: stockSnapshot,
  upsert_products: upsertProducts,
  upsert_staff: upsertStaff,
} as const;

type Registry = typeof COMMANDS;
export type CommandType = keyof Registry;
export type PayloadOf<T extends CommandType> = Parameters<Registry[T]['apply']>[1];

export type Command<T extends CommandType = CommandType> = {
  [K in T]: Omit<CommandEnvelope, 'type' | 'payload'> & { type: K; payload: PayloadOf<K> };
}[T];

export const COMMAND_TYPES = Object.keys(COMMANDS) as CommandType[];
export const DEVICE_COMMAND_TYPES = COMMAND_TYPES.filter((t) => COMMANDS[t].source === 'device');
export const OMS_COMMAND_TYPES = COMMAND_TYPES.filter((t) => COMMANDS[t].source === 'oms');

export function isCommandType(type: string): type is CommandType {
  return Object.hasOwn(COMMANDS, type);
}

/** The untyped view the reducer and the service dispatch with (payloads are validated before). */
export type LooseDefinition = {
  type: string;
  source: CommandSource;
  payload: object;
  orderId(payload: unknown): string;
  scope(payload: unknown, input: ScopeInput): Partial<Scope>;
  primary(payload: unknown): DocRef;
  apply(tx: Tx, payload: unknown): void;
};

export function definitionOf(type: string): LooseDefinition | undefined {
  return isCommandType(type) ? (COMMANDS[type] as unknown as LooseDefinition) : undefined;
}
