import { type Command, definitionOf } from '../commands';
import type { CommandEnvelope } from '../commands/envelope';
import { own, type Records, records } from '../domain/records';
import { applyCommand } from './apply';
import { PROJECTIONS, type ProjectionName } from './batch';
import type { ApplyContext, Outcome, StockMovement, StoreState } from './state';

export type ReceiptMark = { seq: number };

type Doc = {
  seq: number;
  acks?: readonly string[];
  commandLog?: readonly { commandId: string }[];
  commandId?: string;
};

/**
 * Does this service document already contain the command's effect? Yes if it
 * names the command (order history, acks, a return's command), or if the
 * service applied the command (receipt) no later than the document's last write.
 */
export function reflects(doc: Doc, commandId: string, receipt: ReceiptMark | undefined): boolean {
  if (doc.commandLog?.some((entry) => entry.commandId === commandId)) return true;
  if (doc.acks?.includes(commandId)) return true;
  if (doc.commandId === commandId) return true;
  return receipt !== undefined && doc.seq >= receipt.seq;
}

/**
 * The device's optimistic view: the service's projection plus this device's
 * commands that the projection does not contain yet, folded with the same
 * reducer as the service. A command whose main document already reflects it is
 * skipped (re-applying it there would invent effects, such as a second
 * handover); otherwise its effect is kept only on the documents that do not
 * reflect it yet, so nothing is counted twice while pulls catch up.
 */
export function foldPending(
  projection: StoreState,
  pending: readonly (Command | CommandEnvelope)[],
  receipts: ReadonlyMap<string, ReceiptMark>,
  ctx: ApplyContext,
): { state: StoreState; outcomes: Map<string, Outcome>; movements: StockMovement[] } {
  let state = projection;
  const outcomes = new Map<string, Outcome>();
  // The stock movements of the commands the projection does not reflect yet (the device's own, unsent).
  const movements: StockMovement[] = [];
  for (const command of pending) {
    const receipt = receipts.get(command.id);
    const main = mainDocument(state, command);
    if (main && reflects(main, command.id, receipt)) continue;
    const result = applyCommand(state, command, ctx);
    outcomes.set(command.id, result.outcome);
    movements.push(...result.movements);
    state = keepUnreflected(state, result.state, command.id, receipt);
  }
  return { state, outcomes, movements };
}

function mainDocument(state: StoreState, command: Command | CommandEnvelope): Doc | undefined {
  const ref = definitionOf(command.type)?.primary(command.payload);
  if (!ref) return undefined;
  if (ref.collection === 'store') return state.store;
  return own(state[ref.collection] as Records<Doc>, ref.id);
}

function keepUnreflected(
  before: StoreState,
  after: StoreState,
  commandId: string,
  receipt: ReceiptMark | undefined,
): StoreState {
  const merged: StoreState = { ...after };
  if (after.store !== before.store && reflects(before.store, commandId, receipt)) merged.store = before.store;
  for (const collection of PROJECTIONS) {
    const next = after[collection];
    const prev = before[collection];
    if (next === prev) continue;
    let out: Record<string, unknown> | undefined;
    for (const id of Object.keys(next)) {
      const old = own(prev as Records<Doc>, id);
      if (next[id] === old || !old || !reflects(old, commandId, receipt)) continue;
      out ??= records(Object.entries(next));
      out[id] = old;
    }
    if (out) (merged as Record<ProjectionName, unknown>)[collection] = out;
  }
  return merged;
}
