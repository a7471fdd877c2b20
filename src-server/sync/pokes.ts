import { PULL_COLLECTIONS, type PullCollection } from '@shared/sync/protocol';
import type { Database } from '../db/database';

export type Poke = { storeId: string; seq: number; collections: PullCollection[] };
type Subscriber = (poke: Poke) => void;

/**
 * Commits anywhere (this instance or another one on the same PostgreSQL)
 * reach the devices streaming from this instance: writers NOTIFY store_changed
 * in their transaction, every instance LISTENs and fans out per store.
 */
export class StorePokes {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private unlisten: (() => Promise<void>) | undefined;

  static async start(db: Database): Promise<StorePokes> {
    const pokes = new StorePokes();
    pokes.unlisten = await db.listen(
      'store_changed',
      (payload) => pokes.deliver(payload),
      () => pokes.pokeEveryone(),
    );
    return pokes;
  }

  subscribe(storeId: string, subscriber: Subscriber): () => void {
    const set = this.subscribers.get(storeId) ?? new Set();
    set.add(subscriber);
    this.subscribers.set(storeId, set);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(storeId);
    };
  }

  listeners(storeId: string): number {
    return this.subscribers.get(storeId)?.size ?? 0;
  }

  /**
   * The LISTEN connection came back: what was notified while it was down is
   * lost, so every device streaming from here pulls everything.
   */
  pokeEveryone(): void {
    for (const [storeId, subscribers] of this.subscribers) {
      const poke: Poke = { storeId, seq: 0, collections: [...PULL_COLLECTIONS] };
      for (const subscriber of subscribers) subscriber(poke);
    }
  }

  async close(): Promise<void> {
    this.subscribers.clear();
    await this.unlisten?.();
  }

  private deliver(payload: string): void {
    let poke: Poke;
    try {
      poke = JSON.parse(payload) as Poke;
    } catch {
      return;
    }
    for (const subscriber of this.subscribers.get(poke.storeId) ?? []) subscriber(poke);
  }
}
