import '../support/dev-mode';
import { orderSchema } from '@shared/schemas/order';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createRxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { filter, firstValueFrom } from 'rxjs';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCommand, localCommandSchema, openReplicaDatabase } from '../../src-renderer/data/database';
import { getLeanDexieStorage } from '../../src-renderer/data/lean-dexie/storage';
import { TestDevice } from '../support/device';
import { anOrder } from '../support/fixtures';
import { ENGINE, startTestService, type TestService } from '../support/service';

const STORE = 'paris-01';
// The app's own storage (our lean Dexie storage on IndexedDB, fake-indexeddb in tests), with validation;
// an older app wrote its replica with RxDB's own Dexie storage.
const lean = () => wrappedValidateAjvStorage({ storage: getLeanDexieStorage({ indexedDB, IDBKeyRange }) });
const olderDexie = () =>
  wrappedValidateAjvStorage({ storage: getRxStorageDexie({ indexedDB, IDBKeyRange }) });

describe(`a replica written by an older app (${ENGINE})`, () => {
  let svc: TestService;
  let credentials: { token: string; deviceId: string; storeId: string };

  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore(STORE);
    await svc.oms('POST', `/stores/${STORE}/stock`, { items: [{ sku: 'SKU-A', onHand: 20 }] });
    for (const n of [1, 2]) {
      await svc.oms('POST', `/stores/${STORE}/orders`, {
        order: anOrder({ id: `o-${n}`, number: `FR-${n}` }),
      });
    }
    credentials = await svc.enroll(STORE);
  });
  afterAll(() => svc.close());

  it('drops a pulled collection of another schema version and pulls it again; unsent commands are pushed', async () => {
    const name = 'older-app';
    const storage = lean();
    // What an older app left on disk: its orders under the previous schema version — one the
    // service has since let go — and a pick recorded offline, never sent.
    const older = await createRxDatabase({
      name,
      storage: olderDexie(),
      multiInstance: false,
      localDocuments: true,
    });
    await older.addCollections({
      orders: {
        schema: { ...orderSchema, version: orderSchema.version - 1 } as unknown as RxJsonSchema<unknown>,
      },
      commands: {
        schema: localCommandSchema as unknown as RxJsonSchema<LocalCommand>,
        migrationStrategies: { 1: (doc: LocalCommand) => doc },
      },
    });
    const served = await svc.pull<Record<string, unknown>>(credentials.token, 'orders');
    const { _deleted, ...first } = served.body.documents[0] ?? { _deleted: false };
    await older.orders?.insert({ ...first, id: 'gone', number: 'FR-GONE' });
    const pick: LocalCommand = {
      id: uuidv7(),
      type: 'pick',
      orderId: 'o-1',
      deviceId: credentials.deviceId,
      staffId: 'alice',
      deviceTime: new Date().toISOString(),
      payload: { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' },
      localSeq: 0,
    };
    await older.commands?.insert(pick);
    await older.close();

    // The new app opens it.
    const device = await TestDevice.open({
      serviceUrl: svc.url,
      ...credentials,
      storage,
      databaseName: name,
    });
    try {
      await device.settled();
      // The unsent pick reached the service, once.
      const order = await svc.oms<{ lines: { id: string; picked: number }[] }>(
        'GET',
        `/stores/${STORE}/orders/o-1`,
      );
      expect(order.body.lines.find((l) => l.id === 'l1')?.picked).toBe(1);
      expect(device.state().pending).toBe(0);
      // The orders are the service's, pulled again from zero: what it let go is gone, the rest is there.
      const ids = (await device.docs<{ id: string }>('orders')).map((o) => o.id).sort();
      expect(ids).toEqual(['o-1', 'o-2']);
      // What the screens read: the orders list.
      const listed = await firstValueFrom(
        device.replica.views.orders$({}).pipe(filter((o) => o.length === 2)),
      );
      expect(listed.map((o) => o.number).sort()).toEqual(['FR-1', 'FR-2']);
      const shown = await device.docs<{ id: string; lines: { id: string; picked: number }[] }>('orders');
      expect(shown.find((o) => o.id === 'o-1')?.lines.find((l) => l.id === 'l1')?.picked).toBe(1);
      // And the command stays on the device, settled.
      const kept = await device.replica.db.commands.findOne(pick.id).exec();
      expect(kept?.receipt?.outcome).toBe('applied');
    } finally {
      await device.close();
    }
    // Opened again by the same app, nothing is dropped: a re-pull happens once, after an upgrade.
    const again = await openReplicaDatabase({ name, storage });
    try {
      expect(again.dropped).toEqual([]);
      expect(await again.db.orders.count().exec()).toBe(2);
    } finally {
      await again.db.close();
    }
  });
});
