import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useReturnDraft } from '../../../../src-renderer/features/returns/state';
import { Network, type TestDevice } from '../../../support/device';
import { anOrder } from '../../../support/fixtures';
import { spawnTestService } from '../../../support/service-process';
import { renderApp, steppedScanner } from '../../support';
import { eanOf, seededDevice, seedStore } from '../store-seed';

describe('returns at the counter', () => {
  let svc: Awaited<ReturnType<typeof spawnTestService>>;
  let device: TestDevice | undefined;

  beforeAll(async () => {
    svc = await spawnTestService();
    await seedStore(svc);
    const orders = [
      anOrder({
        id: 'o-cc',
        number: 'FR-4',
        kind: 'click_and_collect',
        lines: [
          { id: 'l1', sku: 'SKU-A', name: 'Pull en laine', qty: 2, price: { amount: 4990, currency: 'EUR' } },
          { id: 'l2', sku: 'SKU-B', name: 'Écharpe', qty: 1, price: { amount: 1990, currency: 'EUR' } },
        ],
      }),
      anOrder({
        id: 'o-2',
        number: 'FR-5',
        kind: 'click_and_collect',
        pickupCode: '7731',
        customer: { name: 'Jules Bernard', email: 'jules.bernard@example.com', phone: '+33698765432' },
        lines: [
          {
            id: 'l1',
            sku: 'SKU-C',
            name: 'Chemise en lin lavé',
            qty: 1,
            price: { amount: 3990, currency: 'EUR' },
          },
        ],
      }),
    ];
    for (const order of orders) await svc.oms('POST', '/stores/paris-01/orders', { order });
    // Both orders were collected by their customers.
    const counter = await openDevice();
    await counter.record('handover', {
      orderId: 'o-cc',
      lines: [
        { lineId: 'l1', qty: 2 },
        { lineId: 'l2', qty: 1 },
      ],
      verification: { method: 'pickup_code', proof: '4821' },
      recipient: { name: 'Camille Martin', relation: 'self' },
    });
    await counter.record('handover', {
      orderId: 'o-2',
      lines: [{ lineId: 'l1', qty: 1 }],
      verification: { method: 'pickup_code', proof: '7731' },
      recipient: { name: 'Jules Bernard', relation: 'self' },
    });
    await counter.settled();
    await counter.close();
    device = undefined;
  }, 60_000);
  afterEach(async () => {
    cleanup();
    useReturnDraft.getState().clear();
    await device?.close();
    device = undefined;
  });
  afterAll(() => svc.close());

  async function openDevice(network = new Network(), staffId = 'eric') {
    device = await seededDevice(svc, staffId, network);
    return device;
  }

  const line = (name: string) => screen.getByRole('listitem', { name });

  it('finds the order by its scanned barcode, caps quantities at what was sold, restocks at once and records the refund', async () => {
    const d = await openDevice();
    const before = await firstStock(d, 'SKU-A');
    const { router } = renderApp(d.replica, { path: '/returns', scanner: steppedScanner(5).service });
    await screen.findByRole('heading', { name: 'Retours', level: 1 });
    await userEvent.keyboard('FR-4{Enter}');
    expect(await screen.findByRole('heading', { name: 'Retour — commande FR-4' })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/returns\/[\w-]+\/items$/);

    const pull = line('Pull en laine (SKU-A)');
    expect(pull).toHaveTextContent('Peut revenir : 2');
    const more = within(pull).getByRole('button', { name: 'Un Pull en laine (SKU-A) de plus' });
    await userEvent.click(more);
    // The second unit comes by scanning it.
    await userEvent.keyboard(`${eanOf('SKU-A')}{Enter}`);
    expect(
      within(pull).getByRole('spinbutton', { name: 'Quantité rapportée de Pull en laine (SKU-A)' }),
    ).toHaveValue(2);
    expect(more).toBeDisabled();
    // A third scan: nothing left to return, the quantity stays.
    await userEvent.keyboard(`${eanOf('SKU-A')}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('toutes les unités vendues de Pull en laine');
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'OK' }));

    const next = screen.getByRole('button', { name: 'Passer au remboursement' });
    expect(next).toBeDisabled();
    await userEvent.selectOptions(
      within(pull).getByRole('combobox', { name: 'Motif pour Pull en laine (SKU-A)' }),
      'too_small',
    );
    const condition = within(pull).getByRole('group', { name: 'État de Pull en laine (SKU-A)' });
    await userEvent.click(within(condition).getByRole('radio', { name: 'Ouvert' }));
    expect(within(pull).getByRole('combobox', { name: 'Destination de Pull en laine (SKU-A)' })).toHaveValue(
      'restock',
    );
    await userEvent.click(next);

    expect(await screen.findByRole('heading', { name: 'Remboursement' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Remboursement' })).toHaveTextContent('99,80 €');
    expect(screen.getByRole('note')).toHaveTextContent('Aucun paiement n’est fait sur cet appareil');
    await userEvent.click(screen.getByRole('radio', { name: 'Avoir magasin' }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le retour' }));

    expect(await screen.findByRole('heading', { name: 'Retour enregistré' })).toBeInTheDocument();
    // Optimistic: the two units are available to sell on this device at once.
    await waitFor(async () =>
      expect((await firstStock(d, 'SKU-A'))?.available).toBe((before?.available ?? 0) + 2),
    );
    await d.settled();
    const returned = (await d.docs<{ orderId: string; refund: unknown; lines: unknown[] }>('returns')).find(
      (r) => r.orderId === 'o-cc',
    );
    expect(returned?.refund).toEqual({ amount: 9980, currency: 'EUR', method: 'store_credit' });
    expect(returned?.lines).toEqual([
      {
        sku: 'SKU-A',
        lineId: 'l1',
        qty: 2,
        reason: 'too_small',
        condition: 'opened',
        disposition: 'restock',
      },
    ]);
    const order = (await svc.oms<{ lines: { returned: number }[] }>('GET', '/stores/paris-01/orders/o-cc'))
      .body;
    expect(order.lines[0]?.returned).toBe(2);
  }, 60_000);

  it('finds the order by its typed number; a damaged item goes to unsellable stock', async () => {
    const d = await openDevice();
    const before = await firstStock(d, 'SKU-B');
    renderApp(d.replica, { path: '/returns', scanner: steppedScanner(200).service });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Numéro de commande' }), 'FR-4{Enter}');
    expect(await screen.findByRole('heading', { name: 'Retour — commande FR-4' })).toBeInTheDocument();
    const scarf = line('Écharpe (SKU-B)');
    expect(scarf).toHaveTextContent('Peut revenir : 1');
    await userEvent.click(within(scarf).getByRole('button', { name: 'Un Écharpe (SKU-B) de plus' }));
    await userEvent.selectOptions(
      within(scarf).getByRole('combobox', { name: 'Motif pour Écharpe (SKU-B)' }),
      'damaged',
    );
    await userEvent.click(
      within(within(scarf).getByRole('group', { name: 'État de Écharpe (SKU-B)' })).getByRole('radio', {
        name: 'Abîmé',
      }),
    );
    expect(within(scarf).getByRole('combobox', { name: 'Destination de Écharpe (SKU-B)' })).toHaveValue(
      'damaged',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Passer au remboursement' }));
    expect(await screen.findByRole('status', { name: 'Remboursement' })).toHaveTextContent('19,90 €');
    // A manager lowers the refund (scarf worn): amount, why, their id and PIN.
    await userEvent.click(screen.getByRole('button', { name: 'Modifier le montant (responsable)' }));
    const dialog = screen.getByRole('dialog', { name: 'Modifier le remboursement' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Nouveau montant (EUR)' }), '12,50');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Pourquoi' }), 'Porté');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Identifiant ou badge du responsable' }),
      'eric',
    );
    await userEvent.type(within(dialog).getByLabelText('Code PIN du responsable'), '1111');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Valider' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Éric Moreau ne peut pas valider ceci',
    );
    await userEvent.clear(
      within(dialog).getByRole('textbox', { name: 'Identifiant ou badge du responsable' }),
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Identifiant ou badge du responsable' }),
      'alice',
    );
    await userEvent.clear(within(dialog).getByLabelText('Code PIN du responsable'));
    await userEvent.type(within(dialog).getByLabelText('Code PIN du responsable'), '1234');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Valider' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Remboursement' })).toHaveTextContent('12,50 €'),
    );
    expect(screen.getByText(/Modifié par le responsable alice : Porté/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le retour' }));
    await screen.findByRole('heading', { name: 'Retour enregistré' });
    await d.settled();
    const events = (
      await svc.oms<{ events: { type: string; data: Record<string, unknown> }[] }>(
        'GET',
        '/events?limit=1000',
      )
    ).body.events.filter((e) => e.type === 'returned');
    expect(events.at(-1)?.data).toMatchObject({
      refund: { amount: 1250, currency: 'EUR', method: 'original_payment' },
      refundEdit: { computed: 1990, reason: 'Porté', approvedBy: 'alice' },
    });
    // On hand again, but not for sale.
    await waitFor(async () =>
      expect(await firstStock(d, 'SKU-B')).toMatchObject({
        onHand: (before?.onHand ?? 0) + 1,
        unsellable: (before?.unsellable ?? 0) + 1,
        available: before?.available,
      }),
    );
  }, 60_000);

  it('finds a customer’s orders by name, email or phone (contacts are masked on the device)', async () => {
    const d = await openDevice();
    renderApp(d.replica, { path: '/returns', scanner: steppedScanner(200).service });
    const box = screen.getByRole('searchbox', { name: 'Nom, e-mail ou téléphone du client' });
    const results = () => screen.findByRole('list', { name: 'Commandes du client' });

    await userEvent.type(box, 'bernard');
    expect(await results()).toHaveTextContent('FR-5');
    expect(await results()).not.toHaveTextContent('FR-4');

    await userEvent.clear(box);
    await userEvent.type(box, 'camille.martin@example.fr');
    await waitFor(async () => expect(await results()).toHaveTextContent('FR-4'));
    expect(await results()).not.toHaveTextContent('FR-5');

    await userEvent.clear(box);
    await userEvent.type(box, '06 98 76 54 32');
    await waitFor(async () => expect(await results()).toHaveTextContent('FR-5'));

    await userEvent.click(screen.getByRole('button', { name: 'Retour de FR-5' }));
    expect(await screen.findByRole('heading', { name: 'Retour — commande FR-5' })).toBeInTheDocument();
  }, 60_000);

  it('offline, takes a return against a typed order number the device does not hold, items scanned; the service gets it on reconnect', async () => {
    const network = new Network();
    const d = await openDevice(network);
    const before = await firstStock(d, 'SKU-C');
    network.online = false;
    const scanner = steppedScanner(200);
    renderApp(d.replica, { path: '/returns', scanner: scanner.service });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Numéro de commande' }), 'WEB-9001{Enter}');
    expect(
      await screen.findByText(
        /La commande WEB-9001 n’est pas sur cet appareil et le service est injoignable/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Prendre le retour pour WEB-9001' }));
    expect(await screen.findByRole('heading', { name: 'Retour — commande WEB-9001' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('le rapproche de la commande');

    // Items are scanned to add them.
    scanner.clock.step = 5;
    await userEvent.keyboard(`${eanOf('SKU-C')}{Enter}`);
    const shirt = await screen.findByRole('listitem', { name: 'Chemise en lin lavé (SKU-C)' });
    expect(within(shirt).getByRole('spinbutton')).toHaveValue(1);
    scanner.clock.step = 200;
    await userEvent.selectOptions(
      within(shirt).getByRole('combobox', { name: 'Motif pour Chemise en lin lavé (SKU-C)' }),
      'changed_mind',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Passer au remboursement' }));
    // Without the order, the refund comes from the catalogue price.
    expect(await screen.findByRole('status', { name: 'Remboursement' })).toHaveTextContent('39,90 €');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le retour' }));
    await screen.findByRole('heading', { name: 'Retour enregistré' });
    expect(screen.getByText(/part au service à la prochaine synchronisation/)).toBeInTheDocument();
    // Back on sale on this device at once, offline.
    await waitFor(async () =>
      expect((await firstStock(d, 'SKU-C'))?.available).toBe((before?.available ?? 0) + 1),
    );

    network.online = true;
    await d.settled();
    const returned = (await d.docs<{ orderNumber: string; refund: unknown }>('returns')).find(
      (r) => r.orderNumber === 'WEB-9001',
    );
    expect(returned?.refund).toEqual({ amount: 3990, currency: 'EUR', method: 'original_payment' });
    expect(await screen.findByText('Reçu par le service.')).toBeInTheDocument();
  }, 60_000);
});

async function firstStock(d: TestDevice, sku: string) {
  const { firstValueFrom } = await import('rxjs');
  return firstValueFrom(d.replica.views.stock$(sku));
}
