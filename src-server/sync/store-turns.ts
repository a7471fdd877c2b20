/**
 * One write transaction per store at a time on this instance. A store's writers are serialized
 * by its row lock anyway; waiting for that lock here, in memory, instead of on a pooled
 * connection keeps the pool for other stores: five tablets of one store pushing at once hold
 * one connection, not five, and never starve the pulls and pushes of the other stores.
 */
export class StoreTurns {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Run fn once the store's earlier turns on this instance are done (in arrival order). */
  run<T>(storeId: string, fn: () => Promise<T>): Promise<T> {
    const before = this.tails.get(storeId) ?? Promise.resolve();
    const mine = before.then(fn, fn);
    const tail = mine.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(storeId, tail);
    void tail.then(() => {
      if (this.tails.get(storeId) === tail) this.tails.delete(storeId);
    });
    return mine;
  }

  /** Stores with a turn running or waiting (for tests and metrics). */
  get busy(): number {
    return this.tails.size;
  }
}
