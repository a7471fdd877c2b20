import type { CommandEnvelope } from '@shared/commands/envelope';
import type { PushReceipt, StorePullResponse, StreamHello, StreamPoke } from '@shared/sync/protocol';
import { openSse } from './sse';

/** Largest push, as the replica's push handler sends them. */
export const PUSH_BATCH = 100;
const PULL_LIMIT = 1000;

/** One pull round done: every change of the store up to `head` is on the device at `at` (ms, bench clock). */
export type Observation = { head: number; at: number };
/** One commit of this device's: the highest sequence it wrote, when it was sent and answered. */
export type Commit = { storeId: string; seq: number; sentAt: number; answeredAt: number; instance: number };

export type DeviceCounters = {
  errors: Map<string, number>;
  pushMs: number[];
  commits: Commit[];
  outcomes: Map<string, number>;
  /** Commands answered for the first time (not a duplicate receipt). */
  applied: number;
  duplicates: number;
};

export function newCounters(): DeviceCounters {
  return { errors: new Map(), pushMs: [], commits: [], outcomes: new Map(), applied: 0, duplicates: 0 };
}

/** A fetch failure with its cause (ECONNRESET, a timeout…), not just "fetch failed". */
function describe(error: unknown): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  return e.cause ? `${e.message} (${e.cause.code ?? e.cause.message})` : e.message;
}

export function countError(counters: DeviceCounters, kind: string): void {
  const seen = counters.errors.get(kind) ?? 0;
  if (seen === 0) console.error(`  first error of its kind: ${kind}`);
  counters.errors.set(kind, seen + 1);
}

/**
 * A store device reduced to its sync traffic: it pushes its outbox in batches as the replica does,
 * holds the event stream and, on every poke, pulls the store from its one checkpoint (`GET /v1/pull`,
 * as the replica's store pull does). No local database: the bench measures the service.
 */
export class LoadDevice {
  readonly observations: Observation[] = [];
  /** When each poke arrived, with the sequence it announced. */
  readonly pokes: { seq: number; at: number }[] = [];
  head = 0;
  connected = false;
  private closed = false;
  /** The store sequence every document up to which is on the device (undefined before the first hello). */
  private checkpoint: number | undefined;
  private stream: { close(): void } | undefined;
  private pulling: Promise<void> | undefined;
  private wanted = false;
  private helloWaiters: (() => void)[] = [];

  constructor(
    readonly url: string,
    readonly token: string,
    readonly storeId: string,
    readonly instance: number,
    readonly counters: DeviceCounters,
  ) {}

  /**
   * Open the stream; resolves on hello. The first hello finds the device up to date (its checkpoint
   * starts at the store's sequence); a hello after a reconnect pulls the store from its checkpoint.
   */
  connect(): Promise<void> {
    this.closed = false;
    const hello = new Promise<void>((done) => this.helloWaiters.push(done));
    this.stream = openSse(`${this.url}/v1/stream`, this.token, {
      onEvent: (type, data) => {
        if (type === 'hello') {
          const h = JSON.parse(data) as StreamHello;
          this.connected = true;
          if (this.checkpoint === undefined) {
            this.checkpoint = h.seq;
            this.head = h.seq;
          } else this.request();
          for (const done of this.helloWaiters.splice(0)) done();
        } else if (type === 'poke') {
          const poke = JSON.parse(data) as StreamPoke;
          this.pokes.push({ seq: poke.seq, at: performance.now() });
          this.request();
        }
      },
      onEnd: (status) => {
        this.connected = false;
        if (status !== 200) countError(this.counters, `stream ended (${status ?? 'network'})`);
        for (const done of this.helloWaiters.splice(0)) done();
      },
    });
    return hello;
  }

  close(): void {
    this.closed = true;
    this.stream?.close();
    this.connected = false;
  }

  /** Pull the store (after a poke or a hello); a pull asked for meanwhile makes one more round. */
  private request(): void {
    this.wanted = true;
    this.pulling ??= this.pullRounds().finally(() => {
      this.pulling = undefined;
    });
  }

  private async pullRounds(): Promise<void> {
    while (this.wanted) {
      this.wanted = false;
      let head: number;
      try {
        head = await this.pullStore();
      } catch (error) {
        // As the replica does: pull again after a pause (until the bench closes the device).
        countError(this.counters, `pull: ${describe(error)}`);
        if (this.closed) return;
        this.wanted = true;
        await new Promise((r) => setTimeout(r, 500 + Math.random() * 500));
        continue;
      }
      if (head > this.head) {
        this.head = head;
        this.observations.push({ head, at: performance.now() });
      }
    }
  }

  /** Pull the store to its end from the checkpoint; returns the store head every page read. */
  private async pullStore(): Promise<number> {
    for (;;) {
      const after = this.checkpoint ?? 0;
      const response = await fetch(`${this.url}/v1/pull?seq=${after}&limit=${PULL_LIMIT}`, {
        headers: { authorization: `Bearer ${this.token}` },
      });
      if (!response.ok) throw new Error(`${response.status}`);
      const page = (await response.json()) as StorePullResponse;
      this.checkpoint = page.checkpoint.seq;
      if (page.count < PULL_LIMIT) return Math.max(page.head ?? 0, page.checkpoint.seq);
    }
  }

  /** Push commands (≤ PUSH_BATCH); false when the push failed (the commands stay to push again). */
  async push(commands: readonly CommandEnvelope[]): Promise<PushReceipt[] | undefined> {
    const sentAt = performance.now();
    let response: Response;
    try {
      response = await fetch(`${this.url}/v1/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ commands }),
      });
    } catch (error) {
      countError(this.counters, `push: ${describe(error)}`);
      return undefined;
    }
    const text = await response.text();
    const answeredAt = performance.now();
    if (!response.ok) {
      let why = text.slice(0, 200);
      try {
        const body = JSON.parse(text) as { error: string; refused?: { reason: string; detail: string }[] };
        why = `${body.error} ${body.refused?.[0]?.reason ?? ''} ${body.refused?.[0]?.detail ?? ''}`;
      } catch {}
      countError(this.counters, `push ${response.status}: ${why}`);
      return undefined;
    }
    this.counters.pushMs.push(answeredAt - sentAt);
    const { receipts } = JSON.parse(text) as { receipts: PushReceipt[] };
    let seq = 0;
    for (const r of receipts) {
      if (r.duplicate) {
        this.counters.duplicates += 1;
        continue;
      }
      this.counters.applied += 1;
      this.counters.outcomes.set(r.outcome, (this.counters.outcomes.get(r.outcome) ?? 0) + 1);
      if (r.reason === 'internal_error') countError(this.counters, 'internal_error receipt (quarantined)');
      seq = Math.max(seq, r.seq);
    }
    if (seq > 0)
      this.counters.commits.push({ storeId: this.storeId, seq, sentAt, answeredAt, instance: this.instance });
    return receipts;
  }
}
