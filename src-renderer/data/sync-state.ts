import { BehaviorSubject, distinctUntilChanged, map, type Observable } from 'rxjs';

export type Connection = 'connecting' | 'online' | 'offline' | 'unauthorized';

/**
 * The service's poke stream. 'reconnecting': it failed, was cut or fell silent (no heartbeat) and is
 * opened again with backoff; meanwhile the device pulls on a timer.
 */
export type StreamStatus = 'connecting' | 'open' | 'reconnecting';

export type InitialSync = {
  /** Documents pulled so far / to pull, across collections, during the first sync. */
  done: number;
  total: number;
  /** The first sync has finished once (it stays finished across restarts). */
  complete: boolean;
};

/** What the associate sees of sync: never a spinner that blocks work, just facts. */
export type SyncState = {
  connection: Connection;
  /** Commands recorded on this device that the service has not acknowledged yet. */
  pending: number;
  /** Commands the service refused as malformed: they need someone to look. */
  attention: number;
  /** Last time every collection was caught up with the service. */
  lastSyncedAt: string | null;
  initial: InitialSync;
  /** The last transient problem, for the curious (never blocks anything). */
  lastError: string | null;
  stream: StreamStatus;
};

/**
 * What the sync bar says of the connection. The service answering while its live stream is being
 * reopened (after a restart, a cut, a silence) is its own state, 'reconnecting': work is still sent
 * and fetched on a timer, but changes from elsewhere may come a little later. Never "online" and
 * "reconnecting" side by side.
 */
export type ShownConnection = Connection | 'reconnecting';

export function shownConnection(state: Pick<SyncState, 'connection' | 'stream'>): ShownConnection {
  return state.connection === 'online' && state.stream === 'reconnecting' ? 'reconnecting' : state.connection;
}

export const INITIAL_SYNC_STATE: SyncState = {
  connection: 'connecting',
  pending: 0,
  attention: 0,
  lastSyncedAt: null,
  initial: { done: 0, total: 0, complete: false },
  lastError: null,
  stream: 'connecting',
};

export class SyncStateStore {
  private readonly subject: BehaviorSubject<SyncState>;
  private readonly progress = new Map<string, { done: number; total: number }>();

  constructor(initial: Partial<SyncState> = {}) {
    this.subject = new BehaviorSubject({ ...INITIAL_SYNC_STATE, ...initial });
  }

  get state$(): Observable<SyncState> {
    return this.subject.asObservable();
  }

  get value(): SyncState {
    return this.subject.getValue();
  }

  select<T>(pick: (s: SyncState) => T): Observable<T> {
    return this.subject.pipe(map(pick), distinctUntilChanged());
  }

  private patch(change: Partial<SyncState>): void {
    this.subject.next({ ...this.subject.getValue(), ...change });
  }

  online(): void {
    if (this.value.connection !== 'online') this.patch({ connection: 'online' });
  }

  offline(error: unknown): void {
    this.patch({ connection: 'offline', lastError: error instanceof Error ? error.message : String(error) });
  }

  /** Something went wrong that is not the network (it is tried again): said, never blocking. */
  problem(error: unknown): void {
    this.patch({ lastError: error instanceof Error ? error.message : String(error) });
  }

  unauthorized(message: string): void {
    this.patch({ connection: 'unauthorized', lastError: message });
  }

  streamOpen(): void {
    if (this.value.stream !== 'open') this.patch({ stream: 'open' });
  }

  /** The stream failed or fell silent; it is reopened with backoff and the device pulls on a timer meanwhile. */
  streamDown(reason: string): void {
    this.patch({ stream: 'reconnecting', lastError: reason });
  }

  counts(pending: number, attention: number): void {
    if (pending !== this.value.pending || attention !== this.value.attention)
      this.patch({ pending, attention });
  }

  synced(at: string): void {
    this.patch({ lastSyncedAt: at });
  }

  /** A page of the first sync arrived for a collection: received so far, and how many remain. */
  initialPage(collection: string, received: number, remaining: number): void {
    if (this.value.initial.complete) return;
    const entry = this.progress.get(collection) ?? { done: 0, total: 0 };
    entry.done += received;
    entry.total = Math.max(entry.total, entry.done + remaining);
    this.progress.set(collection, entry);
    let done = 0;
    let total = 0;
    for (const p of this.progress.values()) {
      done += p.done;
      total += p.total;
    }
    this.patch({ initial: { done, total, complete: false } });
  }

  initialComplete(): void {
    const { done, total } = this.value.initial;
    this.patch({ initial: { done: Math.max(done, total), total: Math.max(done, total), complete: true } });
  }
}
