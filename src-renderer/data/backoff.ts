/**
 * Retrying for the sync loop: exponential backoff with full jitter (so a
 * store's devices do not all hit a recovering service at the same instant),
 * cut short when something says the network is back.
 */
export type BackoffOptions = { baseMs?: number; maxMs?: number; random?: () => number };

export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { baseMs = 1000, maxMs = 30_000, random = Math.random } = options;
  return Math.round(random() * Math.min(maxMs, baseMs * 2 ** attempt));
}

/** Something that can wake sleeping retries early (the 'online' event, the stream reconnecting, "sync now"). */
export class Wake {
  private waiters = new Set<() => void>();

  now(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}

export class Aborted extends Error {
  constructor() {
    super('aborted');
    this.name = 'Aborted';
  }
}

/**
 * Run fn until it succeeds or fails for good. Transient failures wait and try
 * again; the sync never gives up on them (the device may be offline for hours).
 */
export async function retrying<T>(
  fn: (attempt: number) => Promise<T>,
  options: {
    signal: AbortSignal;
    wake: Wake;
    isTransient: (error: unknown) => boolean;
    onTransient?: (error: unknown, attempt: number) => void;
    backoff?: BackoffOptions;
  },
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    if (options.signal.aborted) throw new Aborted();
    try {
      return await fn(attempt);
    } catch (error) {
      if (options.signal.aborted) throw new Aborted();
      if (!options.isTransient(error)) throw error;
      options.onTransient?.(error, attempt);
      await options.wake.sleep(backoffDelay(attempt, options.backoff), options.signal);
    }
  }
}
