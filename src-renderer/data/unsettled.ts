import type { CommandEnvelope } from '@shared/commands/envelope';
import type { PullCollection } from '@shared/sync/protocol';
import { BehaviorSubject, map, type Observable, type Subscription } from 'rxjs';
import type { LocalCommand, LocalReceipt, ReplicaDatabase } from './database';

/** The collections an optimistic view reads (receipts and the catalogue never carry a command's effect). */
export const FOLDED: readonly PullCollection[] = ['store', 'orders', 'tasks', 'returns', 'capacity', 'stock'];

/** Which collections a settled command changed (its effects must be pulled before it leaves the view). */
export type TouchedBy = (command: CommandEnvelope) => Promise<readonly PullCollection[]>;

export type Unsettled = {
  /** Commands the service has not acknowledged (and has not refused). */
  pending: CommandEnvelope[];
  /** Pending ones plus acknowledged ones whose effects are not all pulled yet, in recording order. */
  commands: CommandEnvelope[];
  receipts: ReadonlyMap<string, LocalReceipt>;
};

type Settling = {
  command: LocalCommand;
  receipt: LocalReceipt;
  touched: readonly PullCollection[] | undefined;
};

/** Recording order on this device: the local sequence, then the id for commands recorded before it existed. */
export function byLocalOrder(a: LocalCommand, b: LocalCommand): number {
  const sa = a.localSeq ?? -1;
  const sb = b.localSeq ?? -1;
  if (sa !== sb) return sa - sb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * This device's commands that may still change what it shows: kept in memory
 * from the commands and receipts collections, so the pending count and the
 * optimistic views never scan the device's whole history.
 *
 * A command settles the moment a receipt is known (push response or pulled
 * receipt), but stays in the optimistic fold until every collection it touched
 * has caught up with a store sequence at least its receipt's — so its effect
 * never blinks away between the receipt and the documents that show it.
 */
export class UnsettledCommands {
  private readonly open = new Map<string, LocalCommand>();
  private readonly settling = new Map<string, Settling>();
  private readonly refused = new Set<string>();
  /** Per collection, the store sequence its pulls have fully caught up with. */
  private readonly caughtUp = new Map<PullCollection, number>();
  private readonly subject = new BehaviorSubject<Unsettled>({
    pending: [],
    commands: [],
    receipts: new Map(),
  });
  private readonly subscriptions: Subscription[] = [];
  private stopped = false;

  constructor(
    private readonly db: ReplicaDatabase,
    private readonly touchedBy: TouchedBy = async () => FOLDED,
  ) {}

  get state$(): Observable<Unsettled> {
    return this.subject.asObservable();
  }

  get value(): Unsettled {
    return this.subject.getValue();
  }

  get pendingCount$(): Observable<number> {
    return this.subject.pipe(map((u) => u.pending.length));
  }

  /** Where each collection's pulls have caught up to (persisted by the replica across restarts). */
  get caughtUpTo(): Partial<Record<PullCollection, number>> {
    return Object.fromEntries(this.caughtUp);
  }

  async start(
    legacyRefusedIds: readonly string[],
    caughtUp: Partial<Record<PullCollection, number>> = {},
  ): Promise<void> {
    for (const [c, seq] of Object.entries(caughtUp)) this.caughtUp.set(c as PullCollection, seq);
    for (const id of legacyRefusedIds) this.refused.add(id);
    const commands = (await this.db.commands.find().exec()).map((d) => d.toJSON() as LocalCommand);
    const withoutReceipt = commands.filter((c) => !c.receipt).map((c) => c.id);
    const pulled =
      withoutReceipt.length > 0 ? await this.db.receipts.findByIds(withoutReceipt).exec() : new Map();
    // Effects already on the device whatever they touched: no need to work out what that was.
    const floor = Math.min(...FOLDED.map((c) => this.caughtUp.get(c) ?? 0));
    for (const command of commands.sort(byLocalOrder)) {
      if (command.refusal || this.refused.has(command.id)) {
        this.refused.add(command.id);
        continue;
      }
      const doc = pulled.get(command.id);
      const receipt = command.receipt ?? (doc ? markOf(doc.toJSON()) : undefined);
      if (!receipt) this.open.set(command.id, command);
      else if (receipt.seq > floor) this.settle(command, receipt);
    }
    this.subscriptions.push(
      this.db.commands.insert$.subscribe((event) => {
        const command = event.documentData as LocalCommand;
        if (!command.receipt && !command.refusal && !this.refused.has(command.id)) {
          this.open.set(command.id, command);
          this.emit();
        }
      }),
      this.db.receipts.insert$.subscribe((event) =>
        this.acknowledge(event.documentData.id, markOf(event.documentData)),
      ),
    );
    this.emit();
  }

  /** The service answered for a command (push response or pulled receipt): it no longer counts as pending. */
  acknowledge(id: string, receipt: LocalReceipt): void {
    const command = this.open.get(id);
    if (!command) return;
    this.open.delete(id);
    this.settle(command, receipt);
    this.emit();
  }

  /** The service refused these for good: they no longer count as pending or shape the view. */
  markRefused(ids: readonly string[]): void {
    for (const id of ids) {
      this.refused.add(id);
      this.open.delete(id);
      this.settling.delete(id);
    }
    this.emit();
  }

  /** A collection's pull came back short at this store sequence, and its documents are written. */
  caughtUpWith(collection: PullCollection, seq: number): void {
    if (seq <= (this.caughtUp.get(collection) ?? -1)) return;
    this.caughtUp.set(collection, seq);
    if (this.sweep()) this.emit();
  }

  stop(): void {
    this.stopped = true;
    for (const s of this.subscriptions) s.unsubscribe();
  }

  private settle(command: LocalCommand, receipt: LocalReceipt): void {
    const entry: Settling = { command, receipt, touched: undefined };
    this.settling.set(command.id, entry);
    this.touchedBy(command)
      .catch(() => FOLDED)
      .then((touched) => {
        entry.touched = touched;
        if (!this.stopped && this.sweep()) this.emit();
      });
  }

  /** Let go of settled commands whose effects every touched collection has pulled. */
  private sweep(): boolean {
    let changed = false;
    for (const [id, entry] of this.settling) {
      if (!entry.touched) continue;
      if (entry.touched.every((c) => (this.caughtUp.get(c) ?? -1) >= entry.receipt.seq)) {
        this.settling.delete(id);
        changed = true;
      }
    }
    return changed;
  }

  private emit(): void {
    const pending = [...this.open.values()].sort(byLocalOrder);
    const commands = [...pending, ...[...this.settling.values()].map((s) => s.command)].sort(byLocalOrder);
    const receipts = new Map([...this.settling].map(([id, s]) => [id, s.receipt]));
    this.subject.next({ pending, commands, receipts });
  }
}

function markOf(receipt: { outcome: string; reason: string; seq: number }): LocalReceipt {
  return { outcome: receipt.outcome, reason: receipt.reason, seq: receipt.seq };
}
