import 'vitest-canvas-mock';
import type { OrderDoc } from '@shared/schemas/order';
import type { TaskDoc } from '@shared/schemas/task';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useHandoverStore } from '../../../../src-renderer/features/collect/state';
import { Network, TestDevice } from '../../../support/device';
import { anOrder, ean13 } from '../../../support/fixtures';
import { spawnTestService } from '../../../support/service-process';
import { memoryStorage, renderApp, steppedScanner } from '../../support';

const DAY = 86_400_000;

// Screens wait on a real service and an RxDB replica: on a loaded machine a step can take more
// than the default second to show (no timing is asserted; this only bounds the wait).
configure({ asyncUtilTimeout: 10_000 });

describe('Click & Collect at the counter', () => {
  let svc: Awaited<ReturnType<typeof spawnTestService>>;
  let device: TestDevice | undefined;
  let n = 0;

  beforeAll(async () => {
    svc = await spawnTestService();
    await svc.createStore('paris-01', 'Paris Rivoli');
    await svc.oms('PUT', '/stores/paris-01', {
      name: 'Paris Rivoli',
      timezone: 'Europe/Paris',
      locale: 'fr-FR',
      currency: 'EUR',
      settings: { stagingLocations: ['R-01', 'R-02'], pickupExpiryHours: 48 },
    });
  });
  beforeEach(() => useHandoverStore.setState({ drafts: {} }));
  afterEach(async () => {
    await device?.close();
    device = undefined;
  });
  afterAll(() => svc.close());

  /** A picked Click & Collect order on shelf R-02, for a customer of a given name and phone. */
  async function stagedOrder(customer = { name: 'Camille Martin', phone: '+33612345678' }) {
    n += 1;
    const id = `cc-${n}`;
    await svc.oms('POST', '/stores/paris-01/orders', {
      order: anOrder({
        id,
        number: `CC-10${n}`,
        kind: 'click_and_collect',
        pickupCode: `48${n}1`,
        pickupBy: new Date(Date.now() + 3 * DAY).toISOString(),
        customer: { ...customer, email: 'c@example.fr' },
      }),
    });
    return { id, number: `CC-10${n}`, code: `48${n}1` };
  }

  async function openDevice(staffId = 'eric', network = new Network()) {
    device = await TestDevice.open({
      serviceUrl: svc.url,
      ...(await svc.enroll('paris-01')),
      network,
      staffId,
      storage: memoryStorage(),
    });
    await device.settled();
    return device;
  }

  /** The items' labels (EANs 70 and 71): orders assigned afterwards carry them, so their units can be scanned. */
  async function catalogue() {
    await svc.oms('POST', '/stores/paris-01/products', {
      products: [
        ['SKU-A', 'Pull en laine', 70],
        ['SKU-B', 'Écharpe', 71],
      ].map(([sku, name, n]) => ({
        sku,
        barcodes: [ean13(Number(n))],
        name,
        brand: 'Maison',
        size: 'M',
        colour: 'bleu',
        price: { amount: 1990, currency: 'EUR' },
        location: { aisle: 'A1', bay: '1', shelf: '1' },
      })),
    });
  }

  async function pickAndStage(d: TestDevice, id: string) {
    await d.record('pick', { orderId: id, lineId: 'l1', qty: 2, barcode: '' });
    await d.record('pick', { orderId: id, lineId: 'l2', qty: 1, barcode: '' });
    await d.record('ready_for_pickup', { orderId: id, stagingLocation: 'R-02' });
  }

  const serviceOrder = async (id: string) =>
    (await svc.oms<OrderDoc>('GET', `/stores/paris-01/orders/${id}`)).body;

  async function lastHandoverPayload(d: TestDevice) {
    const commands = await d.replica.db.commands.find({ selector: { type: 'handover' } }).exec();
    return commands.at(-1)?.toJSON().payload as Record<string, unknown> | undefined;
  }

  /** The customer signs: a stroke across the pad (pointer events, as a finger or pen makes them). */
  function sign() {
    const pad = screen.getByRole('img', { name: 'Signature du client' });
    const pointer = 'PointerEvent' in window;
    const down = pointer ? fireEvent.pointerDown : fireEvent.mouseDown;
    const move = pointer ? fireEvent.pointerMove : fireEvent.mouseMove;
    const up = pointer ? fireEvent.pointerUp : fireEvent.mouseUp;
    down(pad, { buttons: 1, button: 0, clientX: 20, clientY: 100, pointerId: 1, isPrimary: true });
    for (let x = 40; x <= 200; x += 20)
      move(window, { buttons: 1, clientX: x, clientY: 100 + (x % 40), pointerId: 1 });
    up(window, { buttons: 0, button: 0, clientX: 210, clientY: 110, pointerId: 1 });
  }

  it('finds the order by its pickup code scanned, by number, by name and by phone, offline, and shows its shelf', async () => {
    const camille = await stagedOrder({ name: 'Camille Martin', phone: '+33612345678' });
    const other = await stagedOrder({ name: 'Léa Dubois', phone: '+33698765412' });
    const network = new Network();
    const d = await openDevice('eric', network);
    await pickAndStage(d, camille.id);
    await pickAndStage(d, other.id);
    await d.settled();
    // The network is down: every search below is answered from the orders on the device.
    network.online = false;

    // Scan (keyboard wedge) of the customer's QR code: number/code.
    const scanner = steppedScanner(5);
    const { router } = renderApp(d.replica, { path: '/collect', scanner: scanner.service });
    await screen.findByRole('heading', { name: 'Click & Collect — Comptoir' });
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'En attente du client' })).getAllByRole('row'),
      ).toHaveLength(3),
    );
    await userEvent.keyboard(`${camille.number}/${camille.code}{Enter}`);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/collect/${camille.id}`));
    expect(await screen.findByTestId('shelf')).toHaveTextContent('À prendre en R-02');

    // Typed at a person's pace: the order number, then a name (accents and case ignored), then a phone number.
    scanner.clock.step = 200;
    await router.navigate('/collect');
    const box = await screen.findByRole('searchbox', { name: /Code de retrait, n° de commande/ });
    await userEvent.type(box, `${other.number}{Enter}`, { delay: null });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/collect/${other.id}`));

    await router.navigate('/collect');
    await userEvent.type(
      await screen.findByRole('searchbox', { name: /Code de retrait/ }),
      'lea dubois{Enter}',
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(`/collect/${other.id}`));

    await router.navigate('/collect');
    await userEvent.type(await screen.findByRole('searchbox', { name: /Code de retrait/ }), 'martin{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/collect/${camille.id}`));

    await router.navigate('/collect');
    await userEvent.type(
      await screen.findByRole('searchbox', { name: /Code de retrait/ }),
      '06 98 76 54 12{Enter}',
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(`/collect/${other.id}`));

    // Nothing matches: said in words, nobody is opened.
    await router.navigate('/collect');
    await userEvent.type(
      await screen.findByRole('searchbox', { name: /Code de retrait/ }),
      'Zoé Inconnue{Enter}',
    );
    expect(await screen.findByText(/Aucune commande Click & Collect de cet appareil/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/collect');
  });

  it('a link to an order this device does not hold says so, on every step of the counter', async () => {
    const d = await openDevice();
    for (const step of ['', '/verify', '/items', '/sign', '/stage']) {
      renderApp(d.replica, { path: `/collect/not-here${step}`, scanner: steppedScanner(200).service });
      expect(await screen.findByText("Cette commande n'est pas sur cet appareil.")).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Click & Collect');
      cleanup();
    }
  });

  it('does not offer "hand over" before the customer is checked', async () => {
    const o = await stagedOrder();
    const d = await openDevice();
    await pickAndStage(d, o.id);
    // Straight to the last step (a link, a reload): the check is missing, so the button is off.
    renderApp(d.replica, { path: `/collect/${o.id}/sign`, scanner: steppedScanner(200).service });
    expect(await screen.findByRole('alert')).toHaveTextContent('Vérifiez d’abord le client');
    sign();
    expect(screen.getByRole('button', { name: 'Remettre' })).toBeDisabled();
    // The steps after the check are not links yet.
    const steps = screen.getByRole('navigation', { name: 'Étapes de la remise' });
    expect(within(steps).queryByRole('link', { name: '2. Articles' })).not.toBeInTheDocument();
  });

  it('hands over with the pickup code: verify, sign, hand over; the service records it, signed', async () => {
    const o = await stagedOrder();
    const d = await openDevice();
    await pickAndStage(d, o.id);
    const { router } = renderApp(d.replica, { path: `/collect/${o.id}`, scanner: steppedScanner(5).service });
    await userEvent.click(await screen.findByRole('button', { name: 'Remettre au client' }));
    expect(router.state.location.pathname).toBe(`/collect/${o.id}/verify`);
    const next = screen.getByRole('button', { name: 'Continuer vers les articles' });
    expect(next).toBeDisabled();
    await userEvent.keyboard(`${o.code}{Enter}`); // the customer's code, scanned
    expect(await screen.findByText('Le code de retrait correspond.')).toBeInTheDocument();
    await userEvent.click(next);
    await userEvent.click(await screen.findByRole('button', { name: 'Continuer vers la signature' }));
    const handOver = await screen.findByRole('button', { name: 'Remettre' });
    expect(handOver).toBeDisabled();
    sign();
    expect(await screen.findByText('Signé.')).toBeInTheDocument();
    await userEvent.click(handOver);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/collect/${o.id}/done`));
    expect(await screen.findByText(/3 article\(s\) remis à Camille Martin/)).toBeInTheDocument();

    const payload = await lastHandoverPayload(d);
    expect(payload).toMatchObject({
      verification: { method: 'pickup_code', proof: o.code },
      recipient: { relation: 'self', name: 'Camille Martin' },
    });
    expect(String(payload?.signature)).toMatch(/^data:image\/png;base64,/);
    await d.settled();
    const order = await serviceOrder(o.id);
    expect(order.status).toBe('collected');
    expect(order.handovers[0]).toMatchObject({ method: 'pickup_code', signed: true, staffId: 'eric' });
    // The handover draft is gone: the next customer starts clean.
    expect(useHandoverStore.getState().drafts[o.id]).toBeUndefined();
  });

  it('refuses a wrong code on screen; a manager override (PIN) is recorded and customer service gets a case', async () => {
    const o = await stagedOrder();
    const d = await openDevice();
    await pickAndStage(d, o.id);
    renderApp(d.replica, { path: `/collect/${o.id}/verify`, scanner: steppedScanner(200).service });
    await userEvent.type(await screen.findByRole('textbox', { name: /^Code de retrait/ }), '9999');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    const refusal = (
      await screen.findByText(/Ce code \(9999\) n'est pas le code de retrait de cette commande/)
    ).parentElement as HTMLElement;
    expect(refusal).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('button', { name: 'Continuer vers les articles' })).toBeDisabled();

    await userEvent.click(within(refusal).getByRole('button', { name: 'Dérogation manager' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dérogation manager' });
    // A counter associate cannot override; a wrong PIN neither.
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Identifiant ou badge du responsable' }),
      'eric',
    );
    await userEvent.type(within(dialog).getByLabelText('Code PIN du responsable'), '1111');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Autoriser' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('ne peut pas valider ceci');
    await userEvent.clear(
      within(dialog).getByRole('textbox', { name: 'Identifiant ou badge du responsable' }),
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Identifiant ou badge du responsable' }),
      'alice',
    );
    await userEvent.type(within(dialog).getByLabelText('Code PIN du responsable'), '0000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Autoriser' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Code PIN erroné');
    await userEvent.type(within(dialog).getByLabelText('Code PIN du responsable'), '1234');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Autoriser' }));
    expect(await screen.findByText(/Code différent accepté par alice/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Continuer vers les articles' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Continuer vers la signature' }));
    sign();
    await userEvent.click(await screen.findByRole('button', { name: 'Remettre' }));
    await screen.findByRole('heading', { name: 'Remis' });
    expect(await lastHandoverPayload(d)).toMatchObject({
      verification: { method: 'pickup_code', proof: '9999' },
      override: { managerId: 'alice' },
    });
    await d.settled();
    const order = await serviceOrder(o.id);
    expect(order.handovers[0]).toMatchObject({ overrideBy: 'alice' });
    const tasks = await d.docs<TaskDoc>('tasks');
    expect(tasks.find((t) => t.id === `customer_service:${o.id}:pickup_code_mismatch`)).toMatchObject({
      status: 'open',
      kind: 'customer_service',
    });
  });

  it('lets a third party collect with an ID check: name and relation recorded', async () => {
    const o = await stagedOrder();
    const d = await openDevice();
    await pickAndStage(d, o.id);
    renderApp(d.replica, { path: `/collect/${o.id}/verify`, scanner: steppedScanner(200).service });
    await userEvent.click(await screen.findByRole('radio', { name: "Pièce d'identité" }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: "Pièce d'identité" }), 'Passeport');
    await userEvent.type(screen.getByRole('textbox', { name: /4 derniers chiffres/ }), '7731');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(await screen.findByText('Identité vérifiée.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: "Quelqu'un d'autre retire pour le client" }));
    const next = screen.getByRole('button', { name: 'Continuer vers les articles' });
    expect(next).toBeDisabled(); // the person's name is still missing
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Nom de la personne qui retire' }),
      'Alex Martin',
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Lien avec le client' }), 'Ami(e)');
    await userEvent.click(next);
    await userEvent.click(await screen.findByRole('button', { name: 'Continuer vers la signature' }));
    expect(
      screen.getByText(/Remise à Alex Martin \(ami\(e\)\), vérifié par : Pièce d'identité/),
    ).toBeInTheDocument();
    sign();
    await userEvent.click(await screen.findByRole('button', { name: 'Remettre' }));
    await screen.findByRole('heading', { name: 'Remis' });
    await d.settled();
    expect((await serviceOrder(o.id)).handovers[0]).toMatchObject({
      method: 'id_document',
      idType: 'passport',
      recipientName: 'Alex Martin',
      recipientRelation: 'friend',
    });
  });

  it('takes part of the order: refused units need a reason and go back to stock with a put-away task', async () => {
    const o = await stagedOrder();
    const d = await openDevice();
    await pickAndStage(d, o.id);
    renderApp(d.replica, { path: `/collect/${o.id}/verify`, scanner: steppedScanner(5).service });
    await userEvent.keyboard(`${o.code}{Enter}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Continuer vers les articles' }));
    const scarf = await screen.findByRole('spinbutton', { name: 'Unités de Écharpe que le client prend' });
    await userEvent.clear(scarf);
    await userEvent.type(scarf, '0');
    expect(await screen.findByText('Donnez un motif pour chaque article refusé.')).toBeInTheDocument();
    const next = screen.getByRole('button', { name: 'Continuer vers la signature' });
    expect(next).toBeDisabled();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Pourquoi Écharpe est-il refusé ?' }),
      'Mauvaise taille',
    );
    expect(next).toBeEnabled();
    await userEvent.click(next);
    expect(await screen.findByText('1 refusé(s) — retour en stock')).toBeInTheDocument();
    sign();
    await userEvent.click(await screen.findByRole('button', { name: 'Remettre' }));
    expect(await screen.findByText(/2 article\(s\) remis/)).toBeInTheDocument();
    expect(screen.getByText(/Remettez les articles refusés en rayon/)).toBeInTheDocument();

    await d.settled();
    const order = await serviceOrder(o.id);
    expect(order.status).toBe('collected');
    expect(order.lines.map((l) => [l.id, l.handedOver, l.refused ?? 0, l.refuseReason ?? ''])).toEqual([
      ['l1', 2, 0, ''],
      ['l2', 0, 1, 'wrong_size'],
    ]);
    const tasks = await d.docs<TaskDoc>('tasks');
    expect(tasks.find((t) => t.id === `put_away:${o.id}:l2`)).toMatchObject({
      status: 'open',
      qty: 1,
      reason: 'refused_at_counter',
    });
  });

  it('the OMS cancels while the customer is at the counter (online): the steps say not to hand over and stop', async () => {
    const o = await stagedOrder();
    const d = await openDevice();
    await pickAndStage(d, o.id);
    await d.settled();
    renderApp(d.replica, { path: `/collect/${o.id}/verify`, scanner: steppedScanner(5).service });
    await userEvent.keyboard(`${o.code}{Enter}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Continuer vers les articles' }));
    const next = await screen.findByRole('button', { name: 'Continuer vers la signature' });
    expect(next).toBeEnabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await svc.oms('POST', `/stores/paris-01/orders/${o.id}/cancel`, { reason: 'customer_request' });
    await d.settled();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'À ne pas remettre : cette commande est maintenant annulée.',
    );
    expect(next).toBeDisabled();
  });

  it('cancels at the counter with a reason: the order is cancelled and its goods go back to stock', async () => {
    const o = await stagedOrder();
    const d = await openDevice();
    await pickAndStage(d, o.id);
    renderApp(d.replica, { path: `/collect/${o.id}`, scanner: steppedScanner(200).service });
    await userEvent.click(await screen.findByRole('button', { name: 'Annuler au comptoir' }));
    const dialog = await screen.findByRole('dialog', { name: `Annuler ${o.number} au comptoir` });
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Motif' }),
      'Le client a refusé les articles',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuler la commande' }));
    expect(
      await screen.findByText('Plus rien à faire : cette commande est annulée.', { exact: true }),
    ).toBeInTheDocument();
    // Nobody is sent to fetch a cancelled order from its shelf, nor told to collect it before a date.
    expect(screen.getByTestId('shelf')).toHaveTextContent('Emplacement de retrait : R-02');
    expect(screen.getByTestId('shelf')).not.toHaveTextContent('À prendre');
    expect(screen.queryByText(/À retirer avant/)).not.toBeInTheDocument();
    await d.settled();
    const order = await serviceOrder(o.id);
    expect(order).toMatchObject({
      status: 'cancelled',
      cancellation: { by: 'store', reason: 'customer_refused' },
    });
    const tasks = await d.docs<TaskDoc>('tasks');
    expect(
      tasks.filter((t) => t.orderId === o.id && t.status === 'open').map((t) => [t.lineId, t.qty, t.reason]),
    ).toEqual([
      ['l1', 2, 'order_cancelled'],
      ['l2', 1, 'order_cancelled'],
    ]);
  });

  it('prepares on the Ship-from-Store pick walk (same screens, same scans), then goes on to the pickup shelf, not to packing', async () => {
    await catalogue();
    const o = await stagedOrder();
    const d = await openDevice();
    const { router } = renderApp(d.replica, { path: `/collect/${o.id}`, scanner: steppedScanner(5).service });
    await userEvent.click(await screen.findByRole('link', { name: 'Préparer cette commande' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${o.id}/pick`));
    await screen.findByRole('list', { name: 'Lignes à prélever, dans l’ordre du parcours' });
    const progress = screen.getByRole('region', { name: 'Avancement' });
    for (const [code, units] of [
      [ean13(70), 1],
      [ean13(70), 2],
      [ean13(71), 3],
    ] as const) {
      await userEvent.keyboard(`${code}{Enter}`);
      await waitFor(() => expect(progress).toHaveTextContent(`articles ${units}/3`));
    }
    await screen.findByText('Tout est prélevé.');
    expect(screen.queryByRole('button', { name: /^Emballer/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: `Mettre la commande ${o.number} en retrait` }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/collect/${o.id}/stage`));
    await userEvent.click(await screen.findByRole('button', { name: 'Prête pour le retrait en R-02' }));
    expect(await screen.findByTestId('shelf')).toHaveTextContent('À prendre en R-02');
    await d.settled();
    expect(await serviceOrder(o.id)).toMatchObject({
      status: 'ready_for_pickup',
      staging: { location: 'R-02' },
    });
  });

  it('stages a picked order on a shelf scanned or chosen from the store list; a wrong label is refused', async () => {
    const o = await stagedOrder();
    const d = await openDevice();
    await d.record('pick', { orderId: o.id, lineId: 'l1', qty: 2, barcode: '' });
    await d.record('pick', { orderId: o.id, lineId: 'l2', qty: 1, barcode: '' });
    const { router } = renderApp(d.replica, { path: `/collect/${o.id}`, scanner: steppedScanner(5).service });
    await userEvent.click(await screen.findByRole('button', { name: 'Mettre en retrait' }));
    await screen.findByRole('heading', { name: `Emplacement de retrait pour ${o.number}` });
    await userEvent.keyboard('SHELF-XX{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('SHELF-XX');
    expect(router.state.location.pathname).toBe(`/collect/${o.id}/stage`);
    await userEvent.click(screen.getByRole('button', { name: 'Prête pour le retrait en R-01' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/collect/${o.id}`));
    expect(await screen.findByTestId('shelf')).toHaveTextContent('À prendre en R-01');
    await d.settled();
    expect(await serviceOrder(o.id)).toMatchObject({
      status: 'ready_for_pickup',
      staging: { location: 'R-01' },
    });
  });

  it('when the store asks to scan each item handed over: the signature waits for every unit taken; another item is refused', async () => {
    await catalogue();
    const settings = (handoverScan: boolean) =>
      svc.oms('PUT', '/stores/paris-01', {
        name: 'Paris Rivoli',
        timezone: 'Europe/Paris',
        locale: 'fr-FR',
        currency: 'EUR',
        settings: { handoverScan },
      });
    await settings(true);
    try {
      const o = await stagedOrder();
      const d = await openDevice();
      await pickAndStage(d, o.id);
      renderApp(d.replica, { path: `/collect/${o.id}/verify`, scanner: steppedScanner(5).service });
      await userEvent.keyboard(`${o.code}{Enter}`);
      await userEvent.click(await screen.findByRole('button', { name: 'Continuer vers les articles' }));
      expect(await screen.findByText('Scannez chaque article en le remettant.')).toBeInTheDocument();
      const next = screen.getByRole('button', { name: 'Continuer vers la signature' });
      expect(next).toBeDisabled();
      expect(screen.getByText('Scannez chaque article remis.')).toBeInTheDocument();

      await userEvent.keyboard(`${ean13(70)}{Enter}`);
      expect(await screen.findByText(/Scanné 1 sur 2/)).toBeInTheDocument();
      // An item of no line of this order: said, and nothing counted.
      await userEvent.keyboard(`${ean13(72)}{Enter}`);
      expect(await screen.findByRole('alert')).toHaveTextContent(ean13(72));
      expect(screen.getByText(/Scanné 1 sur 2/)).toBeInTheDocument();
      expect(next).toBeDisabled();
      await userEvent.keyboard(`${ean13(70)}{Enter}`);
      await userEvent.keyboard(`${ean13(71)}{Enter}`);
      await waitFor(() => expect(next).toBeEnabled());
      expect(screen.getByText(/Scanné 2 sur 2/)).toBeInTheDocument();
      expect(screen.getByText(/Scanné 1 sur 1/)).toBeInTheDocument();
    } finally {
      await settings(false);
    }
  });
});
