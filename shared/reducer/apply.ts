import { type Draft, produce } from 'immer';
import { type Command, definitionOf } from '../commands';
import type { CommandEnvelope } from '../commands/envelope';
import { isPhysicalFact, permitted } from './permission';
import { Rejection } from './rejection';
import { type ApplyContext, type ApplyResult, type StoreState, withOwnRecords } from './state';
import { Tx } from './tx';

export type Effects = Omit<ApplyResult, 'state'>;

/**
 * A command's effects written on a draft of the state: the outcome, the stock movements and the
 * events. Throws a Rejection when the command is refused; the draft may then hold part of its
 * writes, so the caller throws the draft away (applyCommand, applyBatch).
 */
export function applyToDraft(
  draft: Draft<StoreState>,
  command: Command | CommandEnvelope,
  ctx: ApplyContext,
): Effects {
  const definition = definitionOf(command.type);
  const tx = new Tx(draft, command, ctx);
  if (!definition) return tx.reject('unknown_command');
  // The role check: devices' commands only (the OMS is not store staff). An intent without
  // the role is refused; a physical fact is kept, and a manager reviews it.
  const allowed = definition.source !== 'device' || permitted(draft, command);
  if (!allowed && !isPhysicalFact(command.type)) tx.reject('not_permitted');
  definition.apply(tx, command.payload);
  if (!allowed) tx.staffReview();
  tx.settle();
  tx.checkLimits();
  tx.log();
  return { outcome: tx.outcome, movements: tx.movements, events: tx.events };
}

/** A refused command changes nothing but the order's history, so the associate sees why. */
export function logRefusal(
  draft: Draft<StoreState>,
  command: Command | CommandEnvelope,
  ctx: ApplyContext,
  reason: string,
): Effects {
  const outcome = { status: 'rejected' as const, reason };
  const tx = new Tx(draft, command, ctx);
  tx.outcome = outcome;
  tx.log();
  return { outcome, movements: [], events: [] };
}

/**
 * The one reducer: a command applied to the state it needs gives the next
 * state, an outcome (applied | rejected | exception, with a reason), the stock
 * movements and the events for the OMS. Pure: the device runs it for its
 * optimistic view, the service runs it for the truth (a batch at a time, applyBatch).
 */
export function applyCommand(
  input: StoreState,
  command: Command | CommandEnvelope,
  ctx: ApplyContext,
): ApplyResult {
  const state = withOwnRecords(input);
  let effects: Effects | undefined;
  try {
    const next = produce(state, (draft) => {
      effects = applyToDraft(draft, command, ctx);
    });
    if (!effects) throw new Error('reducer produced no result');
    return { state: next, ...effects };
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    let refused: Effects | undefined;
    const next = produce(state, (draft) => {
      refused = logRefusal(draft, command, ctx, error.reason);
    });
    if (!refused) throw new Error('reducer produced no result');
    return { state: next, ...refused };
  }
}

/** Apply commands in order, threading the state through. */
export function applyCommands(
  state: StoreState,
  commands: readonly (Command | CommandEnvelope)[],
  ctx: ApplyContext,
): { state: StoreState; results: Omit<ApplyResult, 'state'>[] } {
  let current = state;
  const results: Omit<ApplyResult, 'state'>[] = [];
  for (const command of commands) {
    const { state: next, ...rest } = applyCommand(current, command, ctx);
    current = next;
    results.push(rest);
  }
  return { state: current, results };
}
