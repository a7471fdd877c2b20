import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useScannerSettings } from '../../../../src-renderer/state/scanner';
import { Network, TestDevice } from '../../../support/device';
import { anOrder } from '../../../support/fixtures';
import { spawnTestService } from '../../../support/service-process';
import { memoryStorage, renderApp, steppedScanner } from '../../support';

const HOUR = 3_600_000;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('home: the day’s queues', () => {
  let svc: Awaited<ReturnType<typeof spawnTestService>>;
  let device: TestDevice | undefined;
  beforeAll(async () => {
    svc = await spawnTestService();
    await svc.createStore('paris-01', 'Paris Rivoli');
    const orders = [
      anOrder({ id: 'o-late', number: 'FR-1', promisedBy: at(-2 * HOUR) }),
      anOrder({ id: 'o-soon', number: 'FR-2', promisedBy: at(HOUR / 2) }),
      anOrder({ id: 'o-later', number: 'FR-3', promisedBy: at(8 * HOUR) }),
      anOrder({ id: 'o-cc', number: 'FR-4', kind: 'click_and_collect', promisedBy: at(4 * HOUR) }),
    ];
    for (const order of orders) await svc.oms('POST', '/stores/paris-01/orders', { order });
  });
  afterEach(async () => {
    await device?.close();
    device = undefined;
  });
  afterAll(() => svc.close());

  async function openDevice(network = new Network()) {
    device = await TestDevice.open({
      serviceUrl: svc.url,
      ...(await svc.enroll('paris-01')),
      network,
      storage: memoryStorage(),
    });
    await device.settled();
    return device;
  }

  const orderRows = () =>
    within(screen.getByRole('table', { name: 'Commandes' }))
      .getAllByRole('row')
      .slice(1)
      .filter((row) => row.textContent);

  it('shows every queue with its count and the orders most urgent first, lateness against promised-by', async () => {
    const d = await openDevice();
    renderApp(d.replica);
    await waitFor(() => expect(orderRows()).toHaveLength(4), { timeout: 15_000 });
    expect(screen.getByRole('heading', { name: 'Le travail du jour', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Paris Rivoli');
    const queues = screen.getByRole('navigation', { name: 'Files' });
    expect(within(queues).getByRole('button', { name: 'À préparer : 4' })).toBeInTheDocument();
    expect(within(queues).getByRole('button', { name: 'À emballer : 0' })).toBeInTheDocument();
    expect(orderRows().map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      'FR-1',
      'FR-2',
      'FR-4',
      'FR-3',
    ]);
    expect(orderRows()[0]).toHaveTextContent('En retard');
    expect(orderRows()[1]).toHaveTextContent("À faire dans l'heure");
    expect(orderRows()[3]).toHaveTextContent("À l'heure");
  });

  it('moves an order picked on this device to "to pack" at once, offline, before any sync', async () => {
    const network = new Network();
    const d = await openDevice(network);
    renderApp(d.replica, { path: '/?stage=to_pick' });
    await waitFor(() => expect(orderRows()).toHaveLength(4), { timeout: 15_000 });
    network.online = false;
    await d.record('pick', { orderId: 'o-soon', lineId: 'l1', qty: 2, barcode: '' });
    await d.record('pick', { orderId: 'o-soon', lineId: 'l2', qty: 1, barcode: '' });
    await waitFor(() => expect(orderRows()).toHaveLength(3));
    expect(screen.getByRole('table', { name: 'Commandes' })).not.toHaveTextContent('FR-2');
    const queues = screen.getByRole('navigation', { name: 'Files' });
    expect(within(queues).getByRole('button', { name: 'À emballer : 1' })).toBeInTheDocument();
    await userEvent.click(within(queues).getByRole('button', { name: 'À emballer : 1' }));
    await waitFor(() => expect(orderRows()).toHaveLength(1));
    expect(orderRows()[0]).toHaveTextContent('FR-2');
    expect(orderRows()[0]).toHaveTextContent("en attente d'envoi");
  });

  it('jumps to an order’s screen when its barcode is scanned (keyboard wedge)', async () => {
    const d = await openDevice();
    const { router } = renderApp(d.replica, { scanner: steppedScanner(5).service });
    await waitFor(() => expect(orderRows()).toHaveLength(4), { timeout: 15_000 });
    await userEvent.keyboard('FR-3{Enter}');
    expect(await screen.findByRole('heading', { name: 'Préparer la commande FR-3' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/orders/o-later/pick');
  });

  it('opens a Click & Collect order from its pickup code typed in the search box', async () => {
    const d = await openDevice();
    const { router } = renderApp(d.replica, { scanner: steppedScanner(200).service });
    await waitFor(() => expect(orderRows()).toHaveLength(4), { timeout: 15_000 });
    await userEvent.type(screen.getByRole('searchbox', { name: /code de retrait/ }), '4821{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/collect/o-cc'));
    expect(
      await screen.findByRole('heading', { name: 'Commande FR-4 — Click & Collect' }),
    ).toBeInTheDocument();
  });

  it('says what was scanned and what was expected when nothing matches, and stays on home', async () => {
    const d = await openDevice();
    const { router } = renderApp(d.replica, { scanner: steppedScanner(5).service });
    await waitFor(() => expect(orderRows()).toHaveLength(4), { timeout: 15_000 });
    await userEvent.keyboard('9999999999994{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Vous avez scanné : 9999999999994');
    expect(alert).toHaveTextContent('Attendu : une commande, un code de retrait ou un article');
    expect(router.state.location.pathname).toBe('/');
    expect(orderRows()).toHaveLength(4);
    await userEvent.click(within(alert).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('follows the scanner settings chosen on the status page: a scanner that ends codes with Tab', async () => {
    const d = await openDevice();
    const { router } = renderApp(d.replica, { path: '/status', scanner: steppedScanner(5).service });
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Touche envoyée par le scanner après un code' }),
      'Tabulation',
    );
    await userEvent.click(screen.getByRole('link', { name: 'Accueil' }));
    await waitFor(() => expect(orderRows()).toHaveLength(4), { timeout: 15_000 });
    await userEvent.keyboard('FR-3{Tab}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/orders/o-later/pick'));
    useScannerSettings.getState().setWedge({ suffix: 'Enter' });
  });
  it('signals orders that sync in while home is open, discreetly, and marks them until looked at', async () => {
    const d = await openDevice();
    renderApp(d.replica, { path: '/?stage=to_pack' });
    await screen.findByRole('heading', { name: 'Le travail du jour', level: 1 });
    // What was there when the screen opened is not "new".
    await waitFor(() =>
      expect(
        within(screen.getByRole('navigation', { name: 'Files' })).getByRole('button', {
          name: 'À préparer : 4',
        }),
      ).toBeInTheDocument(),
    );
    expect(screen.queryByRole('button', { name: /nouvelle/ })).not.toBeInTheDocument();
    await svc.oms('POST', '/stores/paris-01/orders', {
      order: anOrder({ id: 'o-new', number: 'FR-9', promisedBy: at(3 * HOUR) }),
    });
    await d.settled();
    const signal = await screen.findByRole('button', { name: '1 nouvelle commande' }, { timeout: 15_000 });
    await userEvent.click(signal);
    // It shows every open order, the new one marked, and the signal is gone.
    await waitFor(() => expect(orderRows()).toHaveLength(5));
    const row = orderRows().find((r) => r.textContent?.includes('FR-9'));
    expect(row).toHaveTextContent('Nouvelle');
    expect(screen.queryByRole('button', { name: /nouvelle commande/ })).not.toBeInTheDocument();
  });

  it('flags Click & Collect orders waiting on the shelf whose pickup-by is within a day or already past', async () => {
    const pickupBy = { 'o-cc-soon': at(12 * HOUR), 'o-cc-past': at(-2 * HOUR), 'o-cc-calm': at(72 * HOUR) };
    for (const [id, by] of Object.entries(pickupBy)) {
      const order = anOrder({ id, number: id.toUpperCase(), kind: 'click_and_collect', pickupBy: by });
      await svc.oms('POST', '/stores/paris-01/orders', { order });
    }
    const d = await openDevice();
    for (const id of Object.keys(pickupBy)) {
      await d.record('pick', { orderId: id, lineId: 'l1', qty: 2, barcode: '' });
      await d.record('pick', { orderId: id, lineId: 'l2', qty: 1, barcode: '' });
      await d.record('ready_for_pickup', { orderId: id, stagingLocation: 'R-01' });
    }
    renderApp(d.replica, { path: '/?stage=ready_for_pickup' });
    await waitFor(() => expect(orderRows()).toHaveLength(3), { timeout: 15_000 });
    const row = (number: string) => orderRows().find((r) => r.textContent?.includes(number));
    expect(row('O-CC-SOON')).toHaveTextContent('Retrait à faire sous 24 h');
    expect(row('O-CC-PAST')).toHaveTextContent('Date de retrait dépassée');
    expect(row('O-CC-CALM')).not.toHaveTextContent(/Retrait à faire|Date de retrait/);
  });
});
