import '../support/dev-mode';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { filter, firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLeanDexieStorage } from '../../src-renderer/data/lean-dexie/storage';
import { Network, TestDevice } from '../support/device';
import { anOrder } from '../support/fixtures';
import { ENGINE, startTestService, type TestService } from '../support/service';

// The real storage of the app (our lean Dexie storage on IndexedDB), on fake-indexeddb: kept small, it is O(n²).
const storage = () => wrappedValidateAjvStorage({ storage: getLeanDexieStorage({ indexedDB, IDBKeyRange }) });

describe(`the replica on Dexie/IndexedDB (${ENGINE})`, () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore('paris-01');
    await svc.oms('POST', '/stores/paris-01/stock', { items: [{ sku: 'SKU-A', onHand: 10 }] });
    for (let i = 0; i < 3; i++) {
      await svc.oms('POST', '/stores/paris-01/orders', {
        order: anOrder({ id: `d-${i}`, number: `FR-D${i}` }),
      });
    }
  });
  afterAll(() => svc.close());

  it('keeps the store and unsent work across a restart, and starts offline', async () => {
    const credentials = await svc.enroll('paris-01');
    const network = new Network();
    const options = {
      serviceUrl: svc.url,
      ...credentials,
      network,
      storage: storage(),
      databaseName: 'dexiecase',
    };
    const first = await TestDevice.open(options);
    await first.until((s) => s.initial.complete);
    network.online = false;
    const commandId = await first.record('pick', { orderId: 'd-1', lineId: 'l1', qty: 1, barcode: '' });
    await first.close();

    // Restart with no network at all: the app opens from local data, the pick is still pending.
    const second = await TestDevice.open({ ...options, storage: storage() });
    try {
      expect(await second.docs('orders')).toHaveLength(3);
      const view = await firstValueFrom(second.replica.views.order$('d-1').pipe(filter(Boolean)));
      expect(view.order.lines[0]?.picked).toBe(1);
      await second.until((s) => s.pending === 1 && s.initial.complete);

      network.online = true;
      second.replica.syncNow();
      await second.settled();
      // Settled from the push response; the receipt document follows with the poke's pull.
      const receipt = await firstValueFrom(
        second.replica.db.receipts.findOne(commandId).$.pipe(filter(Boolean)),
      );
      expect(receipt.outcome).toBe('applied');
    } finally {
      await second.close();
    }
  });
});
