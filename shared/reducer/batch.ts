import { Immer } from 'immer';
import type { Command } from '../commands';
import type { CommandEnvelope } from '../commands/envelope';
import { own, type Records, records } from '../domain/records';
import type { ReceiptDoc } from '../schemas/receipt';
import { applyToDraft, type Effects, logRefusal } from './apply';
import { Rejection } from './rejection';
import type { DomainEvent, StockMovement, StoreState } from './state';
import { withOwnRecords } from './state';

export const PROJECTIONS = ['orders', 'stock', 'tasks', 'returns', 'capacity', 'products', 'staff'] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];

export type DocChange =
  | { collection: 'store'; id: string; doc: StoreState['store'] }
  | { [C in ProjectionName]: { collection: C; id: string; doc: StoreState[C][string] } }[ProjectionName];

/** Documents that differ between two states (immer keeps unchanged ones identical). */
export function changedDocs(before: StoreState, after: StoreState): DocChange[] {
  const changes: DocChange[] = [];
  if (after.store !== before.store)
    changes.push({ collection: 'store', id: after.store.id, doc: after.store });
  for (const collection of PROJECTIONS) {
    const next = after[collection] as Record<string, { seq: number }>;
    const prev = before[collection] as Record<string, { seq: number }>;
    if (next === prev) continue;
    for (const id of Object.keys(next)) {
      if (next[id] !== own(prev, id)) changes.push({ collection, id, doc: next[id] } as DocChange);
    }
  }
  return changes;
}

export type BatchResult = {
  state: StoreState;
  /** Last store sequence number used. */
  seq: number;
  receipts: (ReceiptDoc & { deviceId: string })[];
  changes: DocChange[];
  movements: StockMovement[];
  events: (DomainEvent & { seq: number })[];
};

/**
 * The batch's drafts: not frozen when finished (the state a batch returns is the caller's to
 * write out, never mutated; freezing it walked every document of the slice).
 */
const batchImmer = new Immer({ autoFreeze: false });

/**
 * Apply a batch of new commands (duplicates already filtered out) and stamp
 * the store sequence: receipts first, in arrival order, then every document the
 * batch wrote. A document's seq is therefore at least the seq of every receipt
 * it reflects — the rule the device's optimistic view relies on.
 *
 * The same as applyCommand folded over the commands, with one draft for the batch instead of
 * one state produced per command: a refused command may have written on the draft before it
 * was refused, so the draft is then started again from the last state finished and the commands
 * applied since are applied again (the reducer is pure: the same effects), the refusal logged,
 * and that state finished.
 */
export function applyBatch(
  state: StoreState,
  commands: readonly (Command | CommandEnvelope)[],
  input: { now: string; seq: number },
): BatchResult {
  let seq = input.seq;
  const ctx = { now: input.now };
  const initial = withOwnRecords(state);
  let finished = initial;
  let draft = batchImmer.createDraft(finished);
  let since: (Command | CommandEnvelope)[] = [];
  const receipts: BatchResult['receipts'] = [];
  const movements: StockMovement[] = [];
  const events: BatchResult['events'] = [];
  for (const command of commands) {
    let result: Effects;
    try {
      result = applyToDraft(draft, command, ctx);
      since.push(command);
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      draft = batchImmer.createDraft(finished);
      for (const earlier of since) applyToDraft(draft, earlier, ctx);
      result = logRefusal(draft, command, ctx, error.reason);
      finished = batchImmer.finishDraft(draft);
      draft = batchImmer.createDraft(finished);
      since = [];
    }
    seq += 1;
    receipts.push({
      id: command.id,
      type: command.type,
      orderId: command.orderId,
      outcome: result.outcome.status,
      reason: result.outcome.reason,
      seq,
      at: input.now,
      deviceId: command.deviceId,
    });
    movements.push(...result.movements);
    for (const event of result.events) events.push({ ...event, seq });
  }
  const current = batchImmer.finishDraft(draft);
  const changes = changedDocs(initial, current);
  const stamped: StoreState = { ...current };
  for (const change of changes) {
    seq += 1;
    const doc = { ...change.doc, seq, updatedAt: input.now };
    change.doc = doc;
    if (change.collection === 'store') stamped.store = doc as StoreState['store'];
    else {
      if (stamped[change.collection] === current[change.collection]) {
        (stamped as Record<string, unknown>)[change.collection] = records(
          Object.entries(current[change.collection] as Records<unknown>),
        );
      }
      (stamped[change.collection] as Record<string, unknown>)[change.id] = doc;
    }
  }
  return { state: stamped, seq, receipts, changes, movements, events };
}
