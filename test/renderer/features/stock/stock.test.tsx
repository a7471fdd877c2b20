import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { firstValueFrom } from 'rxjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useCountSession } from '../../../../src-renderer/features/stock/state';
import { useApprovals } from '../../../../src-renderer/state/approvals';
import { Network, type TestDevice } from '../../../support/device';
import { spawnTestService } from '../../../support/service-process';
import { renderApp, steppedScanner } from '../../support';
import { eanOf, seededDevice, seedStore } from '../store-seed';

describe('stock: look-up, counts and adjustments', () => {
  let svc: Awaited<ReturnType<typeof spawnTestService>>;
  let device: TestDevice | undefined;

  beforeAll(async () => {
    svc = await spawnTestService();
    await seedStore(svc);
  }, 60_000);
  afterEach(async () => {
    cleanup();
    useCountSession.getState().clear();
    useApprovals.setState({ wrong: {} });
    await device?.close();
    device = undefined;
  });
  afterAll(() => svc.close());

  async function openDevice(network = new Network(), staffId = 'alice') {
    device = await seededDevice(svc, staffId, network);
    return device;
  }
  const stockOf = (d: TestDevice, sku: string) => firstValueFrom(d.replica.views.stock$(sku));
  const figure = (name: string) => screen.getByRole('status', { name });
  /** The product's stock screen with its "Adjust" dialog open. */
  async function openAdjust(d: TestDevice, sku: string) {
    renderApp(d.replica, { path: `/stock/${sku}`, scanner: steppedScanner(200).service });
    await userEvent.click(await screen.findByRole('button', { name: 'Corriger' }, { timeout: 15_000 }));
    return screen.getByRole('dialog', { name: 'Corriger le stock' });
  }

  it('finds a product by words of its name, accents or not, and shows its stock and location', async () => {
    const d = await openDevice();
    const { router } = renderApp(d.replica, { path: '/stock', scanner: steppedScanner(200).service });
    await userEvent.type(screen.getByRole('searchbox', { name: /Scannez, ou tapez/ }), 'chemise lave');
    const results = await screen.findByRole('list', { name: 'Articles trouvés' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(1);
    expect(results).toHaveTextContent('Chemise en lin lavé');
    await userEvent.click(within(results).getByRole('link', { name: /Chemise en lin lavé/ }));
    expect(router.state.location.pathname).toBe('/stock/SKU-C');
    expect(await screen.findByRole('heading', { name: 'Chemise en lin lavé' })).toBeInTheDocument();
    await waitFor(() => expect(figure('En stock')).toHaveTextContent('5'));
    expect(figure('Disponible à la vente')).toHaveTextContent('5');
    expect(figure('Invendable')).toHaveTextContent('0');
    expect(screen.getByText('F03-02-3')).toBeInTheDocument();
    // Online: the last movements, with why (the OMS's stock snapshot).
    const movements = await screen.findByRole('table', { name: 'Derniers mouvements' });
    expect(movements).toHaveTextContent('Stock envoyé par l’OMS');
  }, 60_000);

  it('finds a product by SKU, by typed EAN and by scan', async () => {
    const d = await openDevice();
    const scanner = steppedScanner(200);
    const { router } = renderApp(d.replica, { path: '/stock', scanner: scanner.service });
    const box = screen.getByRole('searchbox', { name: /Scannez, ou tapez/ });
    await userEvent.type(box, 'sku-b');
    expect(await screen.findByRole('list', { name: 'Articles trouvés' })).toHaveTextContent('Écharpe');
    await userEvent.clear(box);
    await userEvent.type(box, eanOf('SKU-A'));
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Articles trouvés' })).toHaveTextContent('Pull en laine'),
    );
    await userEvent.type(box, '{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/stock/SKU-A'));
    await router.navigate('/stock');
    await screen.findByRole('searchbox', { name: /Scannez, ou tapez/ });
    scanner.clock.step = 5;
    await userEvent.keyboard(`${eanOf('SKU-C')}{Enter}`);
    await waitFor(() => expect(router.state.location.pathname).toBe('/stock/SKU-C'));
  }, 60_000);

  it('counts a SKU by scanning each unit, offline; the count becomes on hand at once', async () => {
    const network = new Network();
    const d = await openDevice(network);
    network.online = false;
    const { router } = renderApp(d.replica, {
      path: '/stock/SKU-B/count',
      scanner: steppedScanner(5).service,
    });
    await screen.findByRole('heading', { name: 'Comptage — Écharpe' });
    for (let i = 0; i < 3; i++) await userEvent.keyboard(`${eanOf('SKU-B')}{Enter}`);
    expect(screen.getByRole('status', { name: 'Unités comptées' })).toHaveTextContent('3');
    // A unit of another item is not counted here.
    await userEvent.keyboard(`${eanOf('SKU-A')}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Attendu : une unité de Écharpe');
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'OK' }));
    expect(screen.getByRole('status', { name: 'Unités comptées' })).toHaveTextContent('3');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le comptage (3)' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/stock/SKU-B'));
    await waitFor(() => expect(figure('En stock')).toHaveTextContent('3'));
    expect(
      screen.getByText(/Les mouvements du magasin s’affichent quand le service est joignable/),
    ).toBeInTheDocument();
    // Offline, the count is listed as this device's own movement, waiting to be sent: what, why, who.
    const unsent = screen.getByRole('table', { name: 'Sur cet appareil, en attente d’envoi' });
    const [row] = within(unsent).getAllByRole('row').slice(1);
    expect(row).toHaveTextContent('Comptage');
    expect(row).toHaveTextContent('Alice Martin');
    network.online = true;
    await d.settled();
    expect((await stockOf(d, 'SKU-B'))?.onHand).toBe(3);
    // Sent and acknowledged: it leaves the device's list (the store's history has it).
    await waitFor(() =>
      expect(
        screen.queryByRole('table', { name: 'Sur cet appareil, en attente d’envoi' }),
      ).not.toBeInTheDocument(),
    );
  }, 60_000);

  it('lets an associate adjust a few units with a reason; more than the limit needs a manager’s PIN, recorded on the command', async () => {
    const d = await openDevice(new Network(), 'dora');
    const before = (await stockOf(d, 'SKU-A'))?.onHand ?? 0;
    const dialog = await openAdjust(d, 'SKU-A');
    const units = () => within(dialog).getByRole('textbox', { name: /Unités/ });
    const submit = () =>
      userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la correction' }));
    await userEvent.type(units(), '-2');
    expect(within(dialog).queryByRole('note')).not.toBeInTheDocument();
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Motif' }), 'lost');
    await submit();
    await waitFor(() => expect(figure('En stock')).toHaveTextContent(String(before - 2)));

    await userEvent.click(screen.getByRole('button', { name: 'Corriger' }));
    await userEvent.type(units(), '15');
    expect(within(dialog).getByRole('note')).toHaveTextContent('Plus de 10 unités : un responsable valide.');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Motif' }), 'received');
    const manager = within(dialog).getByRole('textbox', { name: 'Identifiant ou badge du responsable' });
    const pin = within(dialog).getByLabelText('Code PIN du responsable');
    // Dora cannot approve her own large adjustment; a manager with a wrong PIN cannot either.
    await userEvent.type(manager, 'dora');
    await userEvent.type(pin, '0000');
    await submit();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Dora Leroy ne peut pas valider ceci');
    await userEvent.clear(manager);
    await userEvent.type(manager, 'BADGE-ALICE');
    await userEvent.clear(pin);
    await userEvent.type(pin, '9999');
    await submit();
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent('Code PIN erroné : rien n’a été modifié.'),
    );
    expect((await stockOf(d, 'SKU-A'))?.onHand).toBe(before - 2);
    await userEvent.clear(pin);
    await userEvent.type(pin, '1234');
    await submit();
    await waitFor(() => expect(figure('En stock')).toHaveTextContent(String(before + 13)));
    await d.settled();
    const commands = await d.replica.db.commands.find({ sort: [{ id: 'asc' }] }).exec();
    expect(commands.at(-1)?.toJSON().payload).toMatchObject({ delta: 15, approvedBy: 'alice' });
    const receipts = await d.docs<{ outcome: string }>('receipts');
    expect(receipts.map((r) => r.outcome)).toEqual(['applied', 'applied']);
  }, 60_000);

  it('lists open cycle counts (stock below zero) and leads to the count', async () => {
    const d = await openDevice();
    await d.record('adjust_stock', { sku: 'SKU-C', delta: -8, reason: 'lost' });
    await d.settled();
    const { router } = renderApp(d.replica, { path: '/stock', scanner: steppedScanner(200).service });
    const counts = await screen.findByRole('list', { name: 'Comptages à faire' });
    await userEvent.click(within(counts).getByRole('link', { name: 'Compter SKU-C' }));
    expect(router.state.location.pathname).toBe('/stock/SKU-C/count');
    expect(
      await screen.findByText('Un comptage est demandé pour cet article (stock négatif).'),
    ).toBeInTheDocument();
  }, 60_000);

  it('the limit is the store’s: where the manager allows 20 units, an associate adjusts 15 alone', async () => {
    const store = { name: 'Paris Rivoli', timezone: 'Europe/Paris', locale: 'fr-FR', currency: 'EUR' };
    await svc.oms('PUT', '/stores/paris-01', { ...store, settings: { adjustUnitsLimit: 20 } });
    try {
      const d = await openDevice(new Network(), 'dora');
      const before = (await stockOf(d, 'SKU-C'))?.onHand ?? 0;
      const dialog = await openAdjust(d, 'SKU-C');
      await userEvent.type(within(dialog).getByRole('textbox', { name: /Unités/ }), '15');
      expect(within(dialog).queryByRole('note')).not.toBeInTheDocument();
      expect(within(dialog).queryByLabelText('Code PIN du responsable')).not.toBeInTheDocument();
      await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Motif' }), 'found');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la correction' }));
      await d.settled();
      expect((await stockOf(d, 'SKU-C'))?.onHand).toBe(before + 15);
      const receipts = await d.docs<{ outcome: string; reason: string }>('receipts');
      expect(receipts.at(-1)).toMatchObject({ outcome: 'applied', reason: '' });
    } finally {
      await svc.oms('PUT', '/stores/paris-01', { ...store, settings: { adjustUnitsLimit: 10 } });
    }
  }, 60_000);

  it('five wrong PINs lock that manager out of approvals on this device for a minute, even with the right PIN', async () => {
    const d = await openDevice(new Network(), 'dora');
    const before = (await stockOf(d, 'SKU-A'))?.onHand ?? 0;
    const dialog = await openAdjust(d, 'SKU-A');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Unités/ }), '30');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Motif' }), 'found');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Identifiant ou badge du responsable' }),
      'alice',
    );
    const tryPin = async (pin: string) => {
      await userEvent.type(within(dialog).getByLabelText('Code PIN du responsable'), pin);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer la correction' }));
    };
    for (let i = 0; i < 4; i++) {
      await tryPin('9999');
      await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent('Code PIN erroné'));
    }
    await tryPin('9999');
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'Trop de codes PIN erronés pour Alice Martin : réessayez dans 60 s.',
      ),
    );
    await tryPin('1234');
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent('Trop de codes PIN erronés'),
    );
    expect((await stockOf(d, 'SKU-A'))?.onHand).toBe(before);
  }, 60_000);
});
