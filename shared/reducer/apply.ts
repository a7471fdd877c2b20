import { produce } from 'immer';
import { type Command, definitionOf } from '../commands';
import type { CommandEnvelope } from '../commands/envelope';
import { isPhysicalFact, permitted } from './permission';
import { Rejection } from './rejection';
import { type ApplyContext, type ApplyResult, type StoreState, withOwnRecords } from './state';
import { Tx } from './tx';

/**
 * The one reducer: a command applied to the state it needs gives the next
 * state, an outcome (applied | rejected | exception, with a reason), the stock
 * movements and the events for the OMS. Pure: the device runs it for its
 * optimistic view, the service runs it for the truth.
 */
export function applyCommand(
  input: StoreState,
  command: Command | CommandEnvelope,
  ctx: ApplyContext,
): ApplyResult {
  const state = withOwnRecords(input);
  const definition = definitionOf(command.type);
  let result: Omit<ApplyResult, 'state'> | undefined;
  try {
    const next = produce(state, (draft) => {
      const tx = new Tx(draft, command, ctx);
      if (!definition) return tx.reject('unknown_command');
      // The role check: devices' commands only (the OMS is not store staff). An intent without
      // the role is refused; a physical fact is kept, and a manager reviews it.
      const allowed = definition.source !== 'device' || permitted(state, command);
      if (!allowed && !isPhysicalFact(command.type)) tx.reject('not_permitted');
      definition.apply(tx, command.payload);
      if (!allowed) tx.staffReview();
      tx.settle();
      tx.checkLimits();
      tx.log();
      result = { outcome: tx.outcome, movements: tx.movements, events: tx.events };
    });
    if (!result) throw new Error('reducer produced no result');
    return { state: next, ...result };
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    // A refused command changes nothing but the order's history, so the associate sees why.
    const outcome = { status: 'rejected' as const, reason: error.reason };
    const next = produce(state, (draft) => {
      const tx = new Tx(draft, command, ctx);
      tx.outcome = outcome;
      tx.log();
    });
    return { state: next, outcome, movements: [], events: [] };
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
