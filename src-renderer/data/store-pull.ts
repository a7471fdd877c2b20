import {
  CATALOGUE_COLLECTIONS,
  PULL_COLLECTIONS,
  type PullCollection,
  type PullPart,
  type StorePullResponse,
} from '@shared/sync/protocol';
import { BehaviorSubject, filter, firstValueFrom, type Observable } from 'rxjs';
import { Aborted, retrying, type Wake } from './backoff';
import type { ReplicaDatabase } from './database';
import { isTransient, type ServiceClient, ServiceError } from './http';
import { type PullCursor, readLocal, writeLocal } from './local-meta';
import { asOnePage, viewsWaiting } from './page-barrier';
import { type PulledDoc, writePulled } from './pull-write';
import type { SyncStateStore } from './sync-state';

export type { PullCursor };

/** Page sizes: the catalogue in big pages (fewer round trips, bigger IndexedDB transactions). */
export const PAGE_SIZE: Record<PullPart, number> = { work: 1000, catalogue: 10000, all: 1000 };

const PART_COLLECTIONS: Record<PullPart, readonly PullCollection[]> = {
  all: PULL_COLLECTIONS,
  catalogue: CATALOGUE_COLLECTIONS,
  work: PULL_COLLECTIONS.filter((c) => !(CATALOGUE_COLLECTIONS as readonly string[]).includes(c)),
};

/** After a failure that is not the network's (a write refused, a permanent answer), try again after this. */
const RETRY_MS = 5000;

export type StorePullDeps = {
  db: ReplicaDatabase;
  client: Pick<ServiceClient, 'pullStore'>;
  sync: SyncStateStore;
  wake: Wake;
  signal: AbortSignal;
  /** Where the pull stands (persisted); a new device starts from nothing. */
  cursor: PullCursor;
  /** Every document of these collections up to this store sequence is written on the device. */
  onCaughtUp?: (collections: readonly PullCollection[], seq: number) => void;
  /** The first sync finished (the catalogue is in). */
  onInitialComplete?: () => Promise<void>;
  /** Every collection caught up with the service (a pull cycle ended online). */
  onSynced?: () => void;
  /** Page sizes other than `PAGE_SIZE` (tests: a few documents a page). */
  pageSize?: Partial<Record<PullPart, number>>;
  /** False: a first sync's pages are written one at a time too (bench:sync compares both). */
  pipelinePages?: boolean;
};

/**
 * The device's pull: the whole store by store sequence, one checkpoint, each page
 * fanned out to the collections. A first sync pulls the day's work first, then the
 * catalogue from its own cursor, then joins the two; from then on one cursor for all.
 * Pokes and timers call `reSync()`; a pull already running goes round once more.
 */
export class StorePull {
  private readonly activeSubject = new BehaviorSubject(false);
  private readonly workReady: Promise<void>;
  private resolveWorkReady: () => void = () => undefined;
  private cursor: PullCursor;
  private again = false;
  private running: Promise<void> | undefined;

  constructor(private readonly deps: StorePullDeps) {
    this.cursor = { ...deps.cursor };
    this.workReady = new Promise((resolve) => {
      this.resolveWorkReady = resolve;
    });
  }

  /** True while pulling. */
  get active$(): Observable<boolean> {
    return this.activeSubject.asObservable();
  }

  /** Resolves once the day's work (everything but the catalogue) has been pulled once. */
  get ordersReady(): Promise<void> {
    return this.workReady;
  }

  get position(): PullCursor {
    return { ...this.cursor };
  }

  /** Pull now (a poke, the stream opening, the network back, the timer). */
  reSync(): void {
    if (this.deps.signal.aborted) return;
    this.again = true;
    if (this.running) return;
    this.activeSubject.next(true);
    this.running = this.loop().finally(() => {
      this.running = undefined;
      this.activeSubject.next(false);
    });
  }

  /** Resolves when no pull is running (after a `reSync()`, once it has caught up or given up for now). */
  async awaitInSync(): Promise<void> {
    await firstValueFrom(this.activeSubject.pipe(filter((active) => !active)));
  }

  async stop(): Promise<void> {
    this.again = false;
    await this.running?.catch(() => undefined);
    this.activeSubject.complete();
  }

  private async loop(): Promise<void> {
    const { signal } = this.deps;
    while (this.again && !signal.aborted) {
      this.again = false;
      try {
        await this.cycle();
        if (!signal.aborted) this.deps.onSynced?.();
      } catch (error) {
        if (error instanceof Aborted || signal.aborted) return;
        if (error instanceof ServiceError && (error.status === 401 || error.status === 403)) {
          this.deps.sync.unauthorized(error.message);
          return;
        }
        this.deps.sync.problem(error);
        await this.deps.wake.sleep(RETRY_MS, signal);
        this.again = true;
      }
    }
  }

  /** Pull until caught up: the work, then (first sync) the catalogue, then everything. */
  private async cycle(): Promise<void> {
    const first = this.cursor.catalogue !== null;
    this.cursor.seq = await this.catchUp('work', this.cursor.seq, first);
    this.resolveWorkReady();
    if (this.cursor.catalogue !== null) {
      const catalogue = await this.catchUp('catalogue', this.cursor.catalogue, true);
      // Join the two cursors at the older one: what lies between is pulled again, and left alone.
      this.cursor = { seq: Math.min(this.cursor.seq, catalogue), catalogue: null };
      await this.save();
      await this.deps.onInitialComplete?.();
    }
    if (!first) return;
    this.cursor.seq = await this.catchUp('all', this.cursor.seq, false);
  }

  /**
   * Pages of one part from a sequence until a short page; the next page is fetched while
   * this one is written. Answers the sequence reached. `work` pulls everything but the
   * catalogue only during a first sync; afterwards it is `all`.
   *
   * During a first sync a page's writes are issued while the page before it commits (two
   * pages being written at most: IndexedDB never waits for the page to prepare its next
   * writes). A page's checkpoint is saved once it and every page before it are written, so the
   * cursor never runs ahead of the documents; a page that fails leaves the cursor at the last
   * one written before it, whatever came after. The checkpoints follow on their own: the next
   * page's writes do not wait for them (in Chromium a checkpoint's small transaction completes
   * only after the page transaction issued before it, so waiting for it held the next page).
   * Pages are written one at a time afterwards, and whenever a view waits to answer
   * (`viewsWaiting`: views hold while any page is being written).
   */
  private async catchUp(part: PullPart, from: number, firstSync: boolean): Promise<number> {
    const use: PullPart = part === 'work' && this.cursor.catalogue === null ? 'all' : part;
    const limit = this.deps.pageSize?.[use] ?? PAGE_SIZE[use];
    const overlap = this.deps.pipelinePages !== false && this.cursor.catalogue !== null;
    let next = this.fetch(use, from, limit);
    /** Every page so far written and its checkpoint saved. */
    let landed: Promise<number> = Promise.resolve(from);
    /** The last page's write. */
    let writing: Promise<void> = Promise.resolve();
    let failed: { error: unknown } | undefined;
    const failure = (error: unknown) => {
      failed ??= { error };
    };
    try {
      for (;;) {
        const page = await next;
        if (page.checkpoint.skipDeletedUpTo !== undefined)
          this.cursor.skipDeletedUpTo = page.checkpoint.skipDeletedUpTo;
        const full = page.count >= limit;
        if (full) next = this.fetch(use, page.checkpoint.seq, limit);
        if (firstSync) this.deps.sync.initialPage(use, page.count, page.remaining);
        // A view waits to answer: the pages in flight written and their checkpoints saved first.
        if (viewsWaiting(this.deps.db)) await landed;
        const before = writing;
        writing = this.write(page);
        landed = this.land(use, page, landed, writing);
        // Failures are thrown below, at the next page or at the end of the part.
        writing.catch(failure);
        landed.catch(failure);
        if (!full) {
          const seq = await landed;
          // A short page holds every row of the part up to the head read before it.
          this.deps.onCaughtUp?.(PART_COLLECTIONS[use], Math.max(page.head, seq));
          return seq;
        }
        if (!overlap) {
          // One at a time, as always outside a first sync: written and its checkpoint saved first.
          await landed;
        } else {
          // No more than two pages being written: the one just started and the one before it.
          await before;
          if (failed) throw failed.error;
        }
      }
    } catch (error) {
      // Leave no write running behind a failure (the next cycle starts from the saved cursor).
      await Promise.allSettled([landed, writing]);
      throw error;
    }
  }

  /**
   * A page's checkpoint, once the page is written and every page before it is written and
   * saved (`before`). Settles only when its own write has settled too, so nothing is still
   * being written after a failure.
   */
  private async land(
    use: PullPart,
    page: StorePullResponse,
    before: Promise<number>,
    written: Promise<void>,
  ): Promise<number> {
    const [prior, own] = await Promise.allSettled([before, written]);
    if (prior.status === 'rejected') throw prior.reason;
    if (own.status === 'rejected') throw own.reason;
    const seq = page.checkpoint.seq;
    if (use === 'catalogue') this.cursor.catalogue = seq;
    else this.cursor.seq = seq;
    await this.save();
    return seq;
  }

  private fetch(part: PullPart, seq: number, limit: number): Promise<StorePullResponse> {
    const { client, signal, wake, sync } = this.deps;
    const page = retrying(() => client.pullStore(part, seq, limit, signal, this.cursor.skipDeletedUpTo), {
      signal,
      wake,
      isTransient,
      onTransient: (error) => sync.offline(error),
    });
    // A prefetched page nobody awaits (the write before it failed) must not be an unhandled rejection.
    page.catch(() => undefined);
    return page;
  }

  private async write(page: StorePullResponse): Promise<void> {
    const entries = Object.entries(page.collections) as [PullCollection, PulledDoc[]][];
    const known = entries.filter(([name]) => (PULL_COLLECTIONS as readonly string[]).includes(name));
    if (known.length === 0) return;
    await asOnePage(this.deps.db, async () => {
      // During a first sync the documents are new to the device: no read before each write.
      const first = this.cursor.catalogue !== null;
      // Every collection's write settled before the page fails: nothing left running behind it.
      const written = await Promise.allSettled(
        known.map(([name, docs]) => writePulled(this.deps.db, name, docs, first)),
      );
      for (const result of written) if (result.status === 'rejected') throw result.reason;
    });
  }

  private save(): Promise<void> {
    return writeLocal(this.deps.db, 'pull-cursor', { ...this.cursor });
  }
}

/**
 * Where a replica's pull stands. A new replica starts from nothing with the catalogue
 * on its own cursor; one whose first sync finished before there was a cursor starts
 * from the oldest sequence all its collections had caught up with.
 */
export async function readCursor(db: ReplicaDatabase, initialComplete: boolean): Promise<PullCursor> {
  const saved = await readLocal(db, 'pull-cursor');
  if (saved) return saved;
  if (!initialComplete)
    return (await isEmpty(db))
      ? { seq: 0, catalogue: 0, skipDeletedUpTo: 'fresh' }
      : { seq: 0, catalogue: 0 };
  const seqs = (await readLocal(db, 'caught-up'))?.seqs ?? {};
  const seq = Math.min(...PULL_COLLECTIONS.map((c) => seqs[c] ?? 0));
  return { seq, catalogue: null };
}

/** No pulled document on the device: a first sync may leave out what was deleted before it began. */
async function isEmpty(db: ReplicaDatabase): Promise<boolean> {
  const counts = await Promise.all(PULL_COLLECTIONS.map((c) => db[c].count().exec()));
  return counts.every((n) => n === 0);
}
