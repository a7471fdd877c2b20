/**
 * One store device in its own process (its own JS realm: RxDB's open-source
 * build allows 13 open collections per realm, and a device has 9). Driven by
 * messages from the test: open, record, go offline/online, settle, read, close.
 */
import './dev-mode';
import type { CommandType, PayloadOf } from '@shared/commands';
import { firstValueFrom } from 'rxjs';
import { Network, TestDevice, type TestDeviceOptions } from './device';

type Request =
  | { id: number; op: 'open'; options: Omit<TestDeviceOptions, 'network'> }
  | { id: number; op: 'record'; type: CommandType; payload: unknown }
  | { id: number; op: 'online'; online: boolean }
  | { id: number; op: 'settled' }
  | { id: number; op: 'docs'; collection: 'orders' | 'stock' | 'tasks' }
  | { id: number; op: 'state' }
  | { id: number; op: 'view'; orderId: string }
  | { id: number; op: 'close' };

let device: TestDevice | undefined;
const network = new Network();

async function handle(request: Request): Promise<unknown> {
  switch (request.op) {
    case 'open':
      device = await TestDevice.open({ ...request.options, network });
      await device.until((s) => s.initial.complete);
      return device.state();
    case 'record':
      return device?.record(request.type, request.payload as PayloadOf<typeof request.type>);
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
