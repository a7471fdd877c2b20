import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SyncBar } from '../../../../src-renderer/app/SyncBar';
import { ReplicaProvider } from '../../../../src-renderer/data/react';
import { StatusPage } from '../../../../src-renderer/features/status/StatusPage';
import { Network, TestDevice } from '../../../support/device';
import { anOrder } from '../../../support/fixtures';
import { FlakyProxy } from '../../../support/proxy';
import { spawnTestService } from '../../../support/service-process';
import { memoryStorage, renderIn } from '../../support';

describe('the status page', () => {
  let svc: Awaited<ReturnType<typeof spawnTestService>>;
  let device: TestDevice | undefined;
  beforeAll(async () => {
    svc = await spawnTestService();
    await svc.createStore('paris-01', 'Paris Rivoli');
    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'o-1', number: 'FR-1' }) });
    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'o-2', number: 'FR-2' }) });
  });
  afterEach(async () => {
    await device?.close();
    device = undefined;
  });
  afterAll(() => svc.close());

  function showStatus(language: 'fr' | 'en', d: TestDevice) {
    renderIn(
      language,
      <ReplicaProvider replica={d.replica}>
        <SyncBar />
        <StatusPage />
      </ReplicaProvider>,
    );
  }

  async function openDevice(network = new Network()) {
    device = await TestDevice.open({
      serviceUrl: svc.url,
      ...(await svc.enroll('paris-01')),
      network,
      storage: memoryStorage(),
    });
    await device.until((s) => s.initial.complete);
    return device;
  }

  it('offline, shows the work waiting to be sent and marks the order; online, everything is sent', async () => {
    const network = new Network();
    const d = await openDevice(network);
    showStatus('fr', d);
    network.online = false;
    await d.record('pick', { orderId: 'o-1', lineId: 'l1', qty: 1, barcode: '' });

    await waitFor(() =>
      expect(screen.getByTestId('sync-pending')).toHaveTextContent('1 action en attente d’envoi'),
    );
    await waitFor(() => expect(screen.getByTestId('sync-connection')).toHaveTextContent('Hors ligne'));
    const row = screen.getByText('FR-1').closest('tr') as HTMLElement;
    expect(within(row).getByText('En préparation')).toBeInTheDocument();
    expect(within(row).getByText(/en attente d’envoi/)).toBeInTheDocument();

    network.online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Synchroniser' }));
    await waitFor(() => expect(screen.getByTestId('sync-pending')).toHaveTextContent('Tout est envoyé'), {
      timeout: 15_000,
    });
    expect(screen.getByTestId('sync-connection')).toHaveTextContent('En ligne');
  });

  it.each([
    ['fr', 'Reconnexion…', 'En ligne'],
    ['en', 'Reconnecting…', 'Online'],
  ] as const)(
    'while the live stream reopens the bar says "reconnecting" as its own state, not "online" beside it (%s)',
    async (language, reconnecting, online) => {
      const proxy = await FlakyProxy.start(svc.url);
      try {
        proxy.refuseStream = true;
        device = await TestDevice.open({
          serviceUrl: proxy.url,
          ...(await svc.enroll('paris-01')),
          storage: memoryStorage(),
        });
        await device.until((s) => s.initial.complete);
        showStatus(language, device);
        // The service answers (pulls go through) but its stream is refused: one word, not two contradicting ones.
        await waitFor(() => expect(screen.getByTestId('sync-connection')).toHaveTextContent(reconnecting));
        expect(device.state().connection).toBe('online');
        const bar = screen.getByRole('region', { name: language === 'fr' ? 'Synchronisation' : 'Sync' });
        expect(bar).not.toHaveTextContent(online);
        proxy.refuseStream = false;
        await waitFor(() => expect(screen.getByTestId('sync-connection')).toHaveTextContent(online), {
          timeout: 30_000,
        });
        expect(bar).not.toHaveTextContent(reconnecting);
      } finally {
        await device?.close();
        device = undefined;
        await proxy.close();
      }
    },
  );

  it('explains a conflict in plain words: the put-away task after a pick on a cancelled order', async () => {
    const d = await openDevice();
    showStatus('en', d);
    await svc.oms('POST', '/stores/paris-01/orders/o-2/cancel', { reason: 'customer_request' });
    await d.record('pick', { orderId: 'o-2', lineId: 'l1', qty: 2, barcode: '' });
    const tasks = await screen.findByTestId('tasks', {}, { timeout: 15_000 });
    await waitFor(() => expect(tasks).toHaveTextContent('Put back on the shelf — 2 × SKU-A · Order FR-2'));
    expect(tasks).toHaveTextContent('The order was cancelled.');
  });

  it('lists what the service refused, and lets the associate dismiss it', async () => {
    const d = await openDevice();
    showStatus('en', d);
    await d.record('pick', { orderId: 'o-1', lineId: 'l1', qty: 0, barcode: '' });
    const card = (await screen.findByText('Needs attention', {}, { timeout: 15_000 })).closest(
      'section',
    ) as HTMLElement;
    expect(card).toHaveTextContent('The action was incomplete or wrong, so the service refused it.');
    await userEvent.click(within(card).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText('Needs attention')).not.toBeInTheDocument());
  });
});
