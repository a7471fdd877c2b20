import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CommandType, PayloadOf } from '@shared/commands';
import type { OrderDoc } from '@shared/schemas/order';
import type { SyncState } from '../../src-renderer/data/sync-state';
import type { DeviceProcessOptions } from './device-process';

const SCRIPT = fileURLToPath(new URL('./device-process.ts', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../../tsconfig.test.json', import.meta.url));

/** A device running in a child process, driven like the in-process TestDevice. */
export class RemoteDevice {
  private next = 0;
  private readonly waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error));
      else waiter?.resolve(message.result);
    });
    child.on('exit', (code) => {
      for (const waiter of this.waiting.values()) waiter.reject(new Error(`device process exited (${code})`));
      this.waiting.clear();
    });
  }

  static async open(options: DeviceProcessOptions): Promise<RemoteDevice> {
    const child = fork(SCRIPT, [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const device = new RemoteDevice(child);
    await device.call({ op: 'open', options });
    return device;
  }

  private call<T>(request: Record<string, unknown>): Promise<T> {
    this.next += 1;
    const id = this.next;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, ...request });
    });
  }

  record<T extends CommandType>(type: T, payload: PayloadOf<T>): Promise<string> {
    return this.call({ op: 'record', type, payload });
  }

  setOnline(online: boolean): Promise<boolean> {
    return this.call({ op: 'online', online });
  }

  settled(): Promise<SyncState> {
    return this.call({ op: 'settled' });
  }

  state(): Promise<SyncState> {
    return this.call({ op: 'state' });
  }

  /** The device's optimistic view of an order (its unsent work included). */
  view(orderId: string): Promise<{ order: OrderDoc; pending: unknown[] } | undefined> {
    return this.call({ op: 'view', orderId });
  }

  /** Close the replica mid-whatever and open it again on the same local database (an app reload). */
  reload(): Promise<SyncState> {
    return this.call({ op: 'reload' });
  }

  /** Wait until the device has nothing pending and is online, by itself (no "sync now"). */
  quiet(timeoutMs: number): Promise<SyncState> {
    return this.call({ op: 'quiet', timeoutMs });
  }

  docs<T>(collection: 'orders' | 'stock' | 'tasks' | 'receipts'): Promise<T[]> {
    return this.call({ op: 'docs', collection });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    await this.call({ op: 'close' }).catch(() => undefined);
  }
}
