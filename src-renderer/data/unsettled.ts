import type { CommandEnvelope } from '@shared/commands/envelope';
import type { ReceiptDoc } from '@shared/schemas/receipt';
import { BehaviorSubject, map, type Observable, type Subscription } from 'rxjs';
import type { ReplicaDatabase } from './database';

/** How long an acknowledged command still takes part in the optimistic view (until its documents arrive). */
const SETTLE_MS = 120_000;

export type Unsettled = {
  /** Commands the service has not acknowledged (and has not refused). */
  pending: CommandEnvelope[];
  /** Pending ones plus those acknowledged recently, with their receipts. */
  commands: CommandEnvelope[];
  receipts: ReadonlyMap<string, ReceiptDoc>;
};

/**
 * This device's commands that may still change what it shows: kept in memory
 * from the commands and receipts collections, so the pending count and the
 * optimistic views never scan the device's whole history.
 */
export class UnsettledCommands {
  private readonly open = new Map<string, CommandEnvelope>();
  private readonly settling = new Map<string, { command: CommandEnvelope; until: number }>();
  private readonly receipts = new Map<string, ReceiptDoc>();
  private readonly refused = new Set<string>();
  private readonly subject = new BehaviorSubject<Unsettled>({
    pending: [],
    commands: [],
    receipts: new Map(),
  });
  private readonly subscriptions: Subscription[] = [];
  private sweep: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly db: ReplicaDatabase) {}

  get state$(): Observable<Unsettled> {
    return this.subject.asObservable();
  }

  get pendingCount$(): Observable<number> {
    return this.subject.pipe(map((u) => u.pending.length));
  }

  async start(refusedIds: readonly string[]): Promise<void> {
    for (const id of refusedIds) this.refused.add(id);
    const commands = await this.db.commands.find({ sort: [{ id: 'asc' }] }).exec();
    const ids = commands.map((c) => c.id);
    const receipts = ids.length > 0 ? await this.db.receipts.findByIds(ids).exec() : new Map();
    for (const doc of commands) {
      const command = doc.toJSON() as CommandEnvelope;
      if (!receipts.has(command.id) && !this.refused.has(command.id)) this.open.set(command.id, command);
    }
    this.subscriptions.push(
      this.db.commands.insert$.subscribe((event) => {
        const command = event.documentData as CommandEnvelope;
        if (!this.receipts.has(command.id) && !this.refused.has(command.id))
          this.open.set(command.id, command);
        this.emit();
      }),
      this.db.receipts.insert$.subscribe((event) => this.acknowledge(event.documentData as ReceiptDoc)),
    );
    this.sweep = setInterval(() => this.expire(), 10_000);
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

  stop(): void {
    for (const s of this.subscriptions) s.unsubscribe();
    if (this.sweep) clearInterval(this.sweep);
  }

  private acknowledge(receipt: ReceiptDoc): void {
    const command = this.open.get(receipt.id);
    if (!command) return;
    this.receipts.set(receipt.id, {
      id: receipt.id,
      type: receipt.type,
      orderId: receipt.orderId,
      outcome: receipt.outcome,
      reason: receipt.reason,
      seq: receipt.seq,
      at: receipt.at,
    });
    this.open.delete(receipt.id);
    this.settling.set(receipt.id, { command, until: Date.now() + SETTLE_MS });
    this.emit();
  }

  private expire(): void {
    const now = Date.now();
    let changed = false;
    for (const [id, entry] of this.settling) {
      if (entry.until <= now) {
        this.settling.delete(id);
        this.receipts.delete(id);
        changed = true;
      }
    }
    if (changed) this.emit();
  }

  private emit(): void {
    const pending = [...this.open.values()];
    const commands = [...pending, ...[...this.settling.values()].map((s) => s.command)].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    this.subject.next({ pending, commands, receipts: new Map(this.receipts) });
  }
}
