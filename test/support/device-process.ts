/**
 * One store device in its own process (its own JS realm: RxDB's open-source
 * build allows 13 open collections per realm, and a device has 9). Driven by
 * messages from the test: open, record, go offline/online, settle, read, close.
 */
import './dev-mode';
import type { CommandType, PayloadOf } from '@shared/commands';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { firstValueFrom } from 'rxjs';
import { skewClock } from './clock';
import { Network, TestDevice, type TestDeviceOptions } from './device';

export type DeviceProcessOptions = Omit<TestDeviceOptions, 'network' | 'storage'> & {
  /** This device's clock is off by this much (ms): a tablet set a day ahead or behind. */
  clockSkewMs?: number;
};

type Request =
  | { id: number; op: 'open'; options: DeviceProcessOptions }
  | { id: number; op: 'reload' }
  | { id: number; op: 'quiet'; timeoutMs: number }
  | { id: number; op: 'record'; type: CommandType; payload: unknown }
  | { id: number; op: 'online'; online: boolean }
  | { id: number; op: 'settled' }
  | { id: number; op: 'docs'; collection: 'orders' | 'stock' | 'tasks' | 'receipts' }
  | { id: number; op: 'state' }
  | { id: number; op: 'view'; orderId: string }
  | { id: number; op: 'close' };

let device: TestDevice | undefined;
let opened: TestDeviceOptions | undefined;
const network = new Network();
// One storage for the process: a reload opens the same (in-memory) database again, as an app reload reads IndexedDB.
const storage = wrappedValidateAjvStorage({ storage: getRxStorageMemory() });

// A reload waits for the local writes already under way (they are committed, their pushes still in flight),
// and records asked for meanwhile wait for the reopened database, as taps during an app reload would.
let ready: Promise<unknown> = Promise.resolve();
const writing = new Set<Promise<unknown>>();

async function record(type: CommandType, payload: unknown): Promise<string | undefined> {
  await ready;
  const write = device?.record(type, payload as PayloadOf<typeof type>);
  if (!write) return undefined;
  writing.add(write);
  try {
    return await write;
  } finally {
    writing.delete(write);
  }
}

async function reload(): Promise<unknown> {
  const current = device;
  if (!opened) throw new Error('not opened');
  const reopen = opened;
  ready = (async () => {
    await Promise.allSettled([...writing]);
    await current?.close();
    device = await TestDevice.open(reopen);
  })();
  await ready;
  return device?.state();
}

/** Nothing pending and online, reached by the device itself (no "sync now"). */
async function quiet(timeoutMs: number): Promise<unknown> {
  const current = device;
  if (!current) throw new Error('no device');
  return current.until((s) => s.pending === 0 && s.connection === 'online', timeoutMs);
}

async function handle(request: Request): Promise<unknown> {
  switch (request.op) {
    case 'open': {
      const { clockSkewMs, ...options } = request.options;
      if (clockSkewMs) skewClock(clockSkewMs);
      opened = {
        ...options,
        network,
        storage,
        databaseName: options.databaseName ?? `device-${process.pid}`,
      };
      device = await TestDevice.open(opened);
      await device.until((s) => s.initial.complete);
      return device.state();
    }
    case 'reload':
      // The app reloaded: pushes and pulls in flight are cut, the database is read again.
      return reload();
    case 'quiet':
      return quiet(request.timeoutMs);
    case 'record':
      return record(request.type, request.payload);
    case 'online':
      network.online = request.online;
      if (request.online) device?.replica.syncNow();
      return network.online;
    case 'settled':
      await device?.settled(60_000);
      return device?.state();
    case 'docs':
      return device?.docs(request.collection);
    case 'state':
      return device?.state();
    case 'view':
      return device ? firstValueFrom(device.replica.views.order$(request.orderId)) : undefined;
    case 'close':
      await device?.close();
      // Done: end this process once the answer is sent.
      setTimeout(() => process.kill(process.pid, 'SIGTERM'), 10);
      return true;
  }
}

process.on('message', (request: Request) => {
  handle(request).then(
    (result) => process.send?.({ id: request.id, result }),
    (error: Error) => process.send?.({ id: request.id, error: error.stack ?? error.message }),
  );
});
