import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { firstValueFrom } from 'rxjs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { usePicking } from '../../../../src-renderer/features/picking/state';
import { useScanFeedback } from '../../../../src-renderer/scan/feedback';
import type { TestDevice } from '../../../support/device';
import { spawnTestService } from '../../../support/service-process';
import { renderApp, steppedScanner } from '../../support';
import { assign, ITEMS, openDevice, pickingStore, type Service, stop, stopNames } from './store';

const STOPS = 'Lignes à prélever, dans l’ordre du parcours';
const OPEN = 'paris-01';
/** Scan required, no incomplete orders, every item scanned into its parcel. */
const STRICT = 'lyon-02';

type OrderState = {
  status: string;
  parcels: { box: string; weightGrams: number }[];
  shipment?: { carrier: string; trackingNumbers: string[] };
  pickers: string[];
};

describe('picking: settings, pack, ship, unpack, queue', () => {
  let svc: Service;
  let device: TestDevice | undefined;
  beforeAll(async () => {
    svc = await spawnTestService();
    await pickingStore(svc, OPEN);
    await pickingStore(svc, STRICT, { requireScan: true, partialFulfilment: false, scanIntoParcel: true });
  });
  beforeEach(() => {
    usePicking.setState({ batches: {}, current: {}, parcels: {} });
    useScanFeedback.setState({ wrong: null });
  });
  afterEach(async () => {
    await device?.close();
    device = undefined;
  });
  afterAll(() => svc.close());

  const scan = (code: string) => userEvent.keyboard(`${code}{Enter}`);
  const orderOn = async (d: TestDevice, id: string) =>
    (await firstValueFrom(d.replica.views.order$(id)))?.order as unknown as OrderState;
  const omsOrder = async (storeId: string, id: string) =>
    (await svc.oms<OrderState>('GET', `/stores/${storeId}/orders/${id}`)).body;

  it('where a scan is required, offers no tap; without partial fulfilment a short pick rejects the whole order', async () => {
    const order = await assign(svc, STRICT, [
      ['SKU-A', 2],
      ['SKU-B', 1],
    ]);
    device = await openDevice(svc, STRICT);
    renderApp(device.replica, { path: `/orders/${order.id}/pick`, scanner: steppedScanner(5).service });
    const list = await screen.findByRole('list', { name: STOPS }, { timeout: 15_000 });
    expect(screen.getByText('Scannez chaque article (ce magasin exige un scan).')).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: /^Prélever/ })).not.toBeInTheDocument();
    await scan(ITEMS['SKU-B'].ean);
    await waitFor(() => expect(stop(list, 'Écharpe')).toHaveTextContent('1 sur 1 prélevés'));
    await userEvent.click(
      within(stop(list, 'Pull en laine')).getByRole('button', { name: 'Manquant Pull en laine' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Manquant — Pull en laine' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      `Ce magasin n'expédie pas de commande incomplète : refuser cette ligne refuse toute la commande ${order.number}.`,
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Remettez en rayon l’article déjà prélevé pour ces commandes.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refuser toute la commande' }));
    await waitFor(async () =>
      expect((await orderOn(device as TestDevice, order.id)).status).toBe('rejected'),
    );
    await device.settled();
    expect((await omsOrder(STRICT, order.id)).status).toBe('rejected');
  });

  it('packs a picked order into parcels (box from the store’s list, weight), then ships it by scanning the label', async () => {
    const order = await assign(svc, OPEN, [
      ['SKU-A', 2],
      ['SKU-C', 1],
    ]);
    device = await openDevice(svc, OPEN);
    await device.record('pick', { orderId: order.id, lineId: 'l1', qty: 2, barcode: ITEMS['SKU-A'].ean });
    await device.record('pick', { orderId: order.id, lineId: 'l2', qty: 1, barcode: ITEMS['SKU-C'].ean });
    const scanner = steppedScanner(200);
    const { router } = renderApp(device.replica, {
      path: `/orders/${order.id}/pack`,
      scanner: scanner.service,
    });
    expect(
      await screen.findByRole(
        'heading',
        { name: `Emballer la commande ${order.number}` },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    const box = screen.getByRole('combobox', { name: 'Carton du colis 1' });
    expect(
      within(box)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Petit carton', 'Carton moyen', 'Grand carton', 'Pochette']);
    await userEvent.selectOptions(box, 'Grand carton');
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Poids du colis 1 (kg)' }), '1.25{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${order.id}/ship`));
    expect(
      await screen.findByRole('heading', { name: `Expédier la commande ${order.number}` }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: `Imprimer les documents de la commande ${order.number}` }),
    ).toBeInTheDocument();
    expect((await orderOn(device, order.id)).parcels).toEqual([
      expect.objectContaining({ box: 'large', weightGrams: 1250 }),
    ]);
    scanner.clock.step = 5;
    await scan('6A12345678901');
    expect(await screen.findByRole('list', { name: 'Numéro de suivi' })).toHaveTextContent('6A12345678901');
    scanner.clock.step = 200;
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('Expédiée avec Colissimo — 6A12345678901.')).toBeInTheDocument();
    await device.settled();
    expect(await omsOrder(OPEN, order.id)).toMatchObject({
      status: 'shipped',
      shipment: { carrier: 'colissimo', trackingNumbers: ['6A12345678901'] },
    });
  });

  it('where the store asks, every item is scanned into its parcel before the order can be packed', async () => {
    const order = await assign(svc, STRICT, [['SKU-C', 2]]);
    device = await openDevice(svc, STRICT);
    await device.record('pick', { orderId: order.id, lineId: 'l1', qty: 2, barcode: ITEMS['SKU-C'].ean });
    renderApp(device.replica, { path: `/orders/${order.id}/pack`, scanner: steppedScanner(5).service });
    const pack = await screen.findByRole('button', { name: 'Emballer' }, { timeout: 15_000 });
    expect(pack).toBeDisabled();
    expect(screen.getByText(/scanner chaque article dans son colis : 0 sur 2/)).toBeInTheDocument();
    await scan(ITEMS['SKU-A'].ean);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Attendu : un article de la commande ${order.number}`,
    );
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'OK' }));
    await scan(ITEMS['SKU-C'].ean);
    await scan(ITEMS['SKU-C'].ean);
    await waitFor(() => expect(pack).toBeEnabled());
    expect(screen.getByText('Scannés dans le colis 1 : Bonnet, Bonnet')).toBeInTheDocument();
  });

  it('unpacks before shipping once a manager approves with their PIN: the order goes back to packing', async () => {
    const order = await assign(svc, OPEN, [['SKU-B', 1]]);
    device = await openDevice(svc, OPEN, undefined, 'dora');
    await device.record('pick', { orderId: order.id, lineId: 'l1', qty: 1, barcode: ITEMS['SKU-B'].ean });
    await device.record('pack', {
      orderId: order.id,
      parcels: [{ id: 'p1', box: 'small', weightGrams: 300 }],
    });
    // An associate on the floor: the unpack needs a manager's PIN.
    const { router } = renderApp(device.replica, {
      path: `/orders/${order.id}/ship`,
      scanner: steppedScanner(200).service,
      signedIn: { staffId: 'dora', displayName: 'Dora Leroy', role: 'associate' },
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Déballer (responsable)' }, { timeout: 15_000 }),
    );
    const dialog = await screen.findByRole('dialog', { name: `Déballer la commande ${order.number}` });
    const confirm = within(dialog).getByRole('button', { name: 'Déballer' });
    expect(confirm).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Identifiant ou badge du responsable' }),
      'eric',
    );
    await userEvent.type(within(dialog).getByLabelText('Code PIN du responsable'), '1111');
    await userEvent.click(confirm);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Éric Moreau ne peut pas valider ceci : demandez à un responsable.',
    );
    await userEvent.clear(
      within(dialog).getByRole('textbox', { name: 'Identifiant ou badge du responsable' }),
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Identifiant ou badge du responsable' }),
      'alice',
    );
    await userEvent.clear(within(dialog).getByLabelText('Code PIN du responsable'));
    await userEvent.type(within(dialog).getByLabelText('Code PIN du responsable'), '9999');
    await userEvent.click(confirm);
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent('Code PIN erroné : rien n’a été modifié.'),
    );
    expect((await orderOn(device, order.id)).status).toBe('packed');
    await userEvent.clear(within(dialog).getByLabelText('Code PIN du responsable'));
    await userEvent.type(within(dialog).getByLabelText('Code PIN du responsable'), '1234');
    await userEvent.click(confirm);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${order.id}/pack`));
    await waitFor(async () => expect((await orderOn(device as TestDevice, order.id)).status).toBe('picked'));
    await device.settled();
    expect(await omsOrder(OPEN, order.id)).toMatchObject({ status: 'picked', parcels: [] });
    const feed = await svc.oms<{
      events: { type: string; orderId: string; data: Record<string, unknown> }[];
    }>('GET', `/events?storeId=${OPEN}&limit=5000`);
    expect(feed.body.events.find((e) => e.type === 'unpacked' && e.orderId === order.id)?.data).toEqual({
      approvedBy: 'alice',
    });
  });

  it('starts the next N most urgent orders as one walk, claimed by the associate; others see who picks', async () => {
    const store = 'bordeaux-04';
    await pickingStore(svc, store);
    const claimed = await assign(svc, store, [['SKU-A', 1]]);
    const urgent = await assign(svc, store, [['SKU-B', 1]]);
    const next = await assign(svc, store, [
      ['SKU-B', 1],
      ['SKU-C', 1],
    ]);
    const later = await assign(svc, store, [['SKU-D', 1]]);
    const other = await openDevice(svc, store, undefined, 'bruno');
    await other.record('start_pick', { orderId: claimed.id });
    await other.settled();
    await other.close();

    device = await openDevice(svc, store);
    const { router } = renderApp(device.replica, { path: '/picking' });
    const queue = await screen.findByRole('list', { name: 'Commandes à préparer' }, { timeout: 15_000 });
    await waitFor(() => expect(queue).toHaveTextContent('En préparation par Bruno Petit'));
    const input = screen.getByRole('spinbutton', { name: 'Combien de commandes parmi les plus urgentes' });
    await userEvent.clear(input);
    await userEvent.type(input, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Commencer les 2 plus urgentes' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/picking\/walk\//));
    expect(
      await screen.findByRole('heading', { name: 'Tournée de préparation — 2 commandes' }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: STOPS });
    expect(stopNames(list)).toEqual(['Écharpe', 'Bonnet']);
    await device.settled();
    expect((await omsOrder(store, urgent.id)).pickers).toEqual(['alice']);
    expect((await omsOrder(store, next.id)).pickers).toEqual(['alice']);
    expect((await omsOrder(store, later.id)).pickers).toEqual([]);
  });
});
