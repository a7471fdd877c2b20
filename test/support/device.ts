import type { CommandType, PayloadOf } from '@shared/commands';
import type { RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { filter, firstValueFrom, timeout } from 'rxjs';
import { type DeviceReplica, openReplica } from '../../src-renderer/data/replica';
import type { SyncState } from '../../src-renderer/data/sync-state';

let counter = 0;

/** A network between the device and the service that tests can cut, and whose responses they can lose. */
export class Network {
  online = true;
  /** Drop the response of the next push after the service has handled it. */
  loseNextPushResponse = false;
  pushes = 0;
  /** The command ids of each push sent, in the order sent. */
  pushed: string[][] = [];
  /** Paths and queries of the pulls sent. */
  pulls: string[] = [];

  fetch: typeof fetch = async (input, init) => {
    if (!this.online) throw new TypeError('fetch failed (network is down)');
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url).pathname;
    if (path.startsWith('/v1/pull')) this.pulls.push(path + new URL(url).search);
    if (path === '/v1/push' && typeof init?.body === 'string')
      this.pushed.push((JSON.parse(init.body) as { commands: { id: string }[] }).commands.map((c) => c.id));
    const response = await fetch(input, init);
    if (url.endsWith('/v1/push')) {
      this.pushes += 1;
      if (this.loseNextPushResponse) {
        this.loseNextPushResponse = false;
        await response.text();
        throw new TypeError('fetch failed (connection reset)');
      }
    }
    if (!this.online) throw new TypeError('fetch failed (network is down)');
    return response;
  };
}

export type TestDeviceOptions = {
  serviceUrl: string;
  token: string;
  deviceId: string;
  storeId: string;
  /** Who records (a function: the app's signed-in staff). */
  staffId?: string | (() => string);
  storage?: RxStorage<unknown, unknown>;
  network?: Network;
  databaseName?: string;
  /** Pull timer while the stream is down (ms). */
  pollMs?: number;
};

export class TestDevice {
  private constructor(
    readonly replica: DeviceReplica,
    readonly network: Network,
  ) {}

  static async open(options: TestDeviceOptions): Promise<TestDevice> {
    counter += 1;
    const network = options.network ?? new Network();
    const who = options.staffId;
    const replica = await openReplica({
      serviceUrl: options.serviceUrl,
      token: options.token,
      deviceId: options.deviceId,
      storeId: options.storeId,
      storage: options.storage ?? wrappedValidateAjvStorage({ storage: getRxStorageMemory() }),
      staffId: typeof who === 'function' ? who : () => who ?? 'alice',
      fetch: network.fetch,
      databaseName: options.databaseName ?? `device${counter}${Date.now().toString(36)}`,
      ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
    });
    return new TestDevice(replica, network);
  }

  record<T extends CommandType>(type: T, payload: PayloadOf<T>) {
    return this.replica.record(type, payload);
  }

  state(): SyncState {
    return this.replica.sync.value;
  }

  until(predicate: (s: SyncState) => boolean, timeoutMs = 30_000): Promise<SyncState> {
    return firstValueFrom(this.replica.sync.state$.pipe(filter(predicate), timeout(timeoutMs)));
  }

  /** Wait until nothing is pending and every collection has caught up. */
  async settled(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const all = [this.replica.replication.pull, this.replica.replication.push];
    for (;;) {
      this.replica.syncNow();
      await Promise.race([
        Promise.all(all.map((r) => r.awaitInSync())),
        new Promise((r) => setTimeout(r, 2000)),
      ]);
      const s = this.replica.sync.value;
      if (s.pending === 0 && s.connection === 'online') {
        await Promise.all(all.map((r) => r.awaitInSync()));
        if (this.replica.sync.value.pending === 0) return;
      }
      if (Date.now() > deadline) throw new Error(`device did not settle: ${JSON.stringify(s)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async docs<T>(
    collection: 'orders' | 'stock' | 'tasks' | 'products' | 'receipts' | 'returns' | 'capacity' | 'store',
  ) {
    const docs = await this.replica.db[collection].find().exec();
    return docs.map((d) => d.toJSON() as unknown as T);
  }

  close() {
    return this.replica.close();
  }
}
