import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { usePicking } from '../../../../src-renderer/features/picking/state';
import { useScanFeedback } from '../../../../src-renderer/scan/feedback';
import type { TestDevice } from '../../../support/device';
import { spawnTestService } from '../../../support/service-process';
import { renderApp, steppedScanner } from '../../support';
import { assign, ITEMS, openDevice, pickingStore, type Service, stop, stopNames } from './store';

const STOPS = 'Lignes à prélever, dans l’ordre du parcours';
const STORE = 'paris-01';

describe('picking: the pick walk', () => {
  let svc: Service;
  let device: TestDevice | undefined;
  beforeAll(async () => {
    svc = await spawnTestService();
    await pickingStore(svc, STORE);
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

  /** Two orders sharing the scarf; the walk opened on this device as one batch. */
  async function batchOfTwo() {
    const first = await assign(svc, STORE, [
      ['SKU-A', 2],
      ['SKU-B', 1],
    ]);
    const second = await assign(svc, STORE, [
      ['SKU-B', 1],
      ['SKU-C', 1],
      ['SKU-D', 6],
    ]);
    device = await openDevice(svc, STORE);
    const batchId = usePicking.getState().startBatch([first.id, second.id], 'alice');
    const view = renderApp(device.replica, {
      path: `/picking/walk/${batchId}`,
      scanner: steppedScanner(5).service,
    });
    const list = await screen.findByRole('list', { name: STOPS }, { timeout: 15_000 });
    return { ...view, list, first, second, device };
  }

  const scan = (code: string) => userEvent.keyboard(`${code}{Enter}`);
  const linePicked = async (d: TestDevice, orderId: string, lineId: string) => {
    const order = await new Promise<{ lines: { id: string; picked: number; rejected: number }[] }>(
      (resolve) => {
        const sub = d.replica.views.order$(orderId).subscribe((v) => {
          if (v) {
            resolve(v.order);
            queueMicrotask(() => sub.unsubscribe());
          }
        });
      },
    );
    return order.lines.find((l) => l.id === lineId);
  };

  it('groups lines by SKU across the orders and sorts them by aisle, bay and shelf (A2 before A10)', async () => {
    const { list, first, second } = await batchOfTwo();
    expect(stopNames(list)).toEqual(['Écharpe', 'Gants', 'Pull en laine', 'Bonnet']);
    const scarf = stop(list, 'Écharpe');
    expect(scarf).toHaveTextContent('A2-05-1');
    expect(scarf).toHaveTextContent(ITEMS['SKU-B'].ean);
    expect(scarf).toHaveTextContent('0 sur 2 prélevés');
    expect(scarf).toHaveTextContent(`${first.number} · bac 1 · 0/1`);
    expect(scarf).toHaveTextContent(`${second.number} · bac 2 · 0/1`);
    expect(within(scarf).getByRole('img', { name: 'Photo de Écharpe' })).toBeInTheDocument();
    expect(scarf).toHaveAttribute('aria-current', 'step');
    const progress = screen.getByRole('region', { name: 'Avancement' });
    expect(progress).toHaveTextContent(`${first.number} — lignes 0/2 · articles 0/3`);
    expect(progress).toHaveTextContent(`${second.number} — lignes 0/3 · articles 0/8`);
  });

  it('a scan picks one unit on the line it matches, wherever it is in the walk, into the right tote', async () => {
    const { list, first, device: d } = await batchOfTwo();
    await scan(ITEMS['SKU-A'].ean);
    const jumper = stop(list, 'Pull en laine');
    await waitFor(() => expect(jumper).toHaveTextContent('1 sur 2 prélevés'));
    expect(jumper).toHaveAttribute('aria-current', 'step');
    // Shown first, recorded right after the paint.
    await waitFor(async () => expect(await linePicked(d, first.id, 'l1')).toMatchObject({ picked: 1 }));
    // The scarf: first tote first, then the second order.
    await scan(ITEMS['SKU-B'].ean);
    await waitFor(() => expect(stop(list, 'Écharpe')).toHaveTextContent(`${first.number} · bac 1 · 1/1`));
    expect(screen.getByRole('region', { name: 'Avancement' })).toHaveTextContent(
      `${first.number} — lignes 1/2 · articles 2/3`,
    );
  });

  it('a wrong scan says what was scanned (with the product name) and what is expected, and changes nothing', async () => {
    const { list, first, device: d } = await batchOfTwo();
    await scan(ITEMS['SKU-X'].ean);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Vous avez scanné : ${ITEMS['SKU-X'].ean} — Chaussettes`);
    expect(alert).toHaveTextContent(`Attendu : Écharpe (EAN ${ITEMS['SKU-B'].ean}) en A2-05-1`);
    expect(stop(list, 'Écharpe')).toHaveTextContent('0 sur 2 prélevés');
    expect(await linePicked(d, first.id, 'l2')).toMatchObject({ picked: 0 });
    expect(d.state().pending).toBe(0);
  });

  it('a location label jumps to that location’s line', async () => {
    const { list } = await batchOfTwo();
    await scan('B01-03-4');
    await waitFor(() => expect(stop(list, 'Bonnet')).toHaveAttribute('aria-current', 'step'));
    expect(screen.getByText('Emplacement B01-03-4')).toHaveAttribute('role', 'status');
  });

  it('scan once, type 6: the quantity counts for the scan; unpick puts one back', async () => {
    const { list, second, device: d } = await batchOfTwo();
    await scan(ITEMS['SKU-D'].ean);
    const gloves = stop(list, 'Gants');
    await waitFor(() => expect(gloves).toHaveTextContent('1 sur 6 prélevés'));
    await userEvent.type(
      within(gloves).getByRole('spinbutton', { name: /Quantité pour le dernier scan/ }),
      '6{Enter}',
    );
    await waitFor(() => expect(gloves).toHaveTextContent('6 sur 6 prélevés'));
    await waitFor(async () => expect(await linePicked(d, second.id, 'l3')).toMatchObject({ picked: 6 }));
    await userEvent.click(within(gloves).getByRole('button', { name: 'Remettre 1 × Gants en rayon' }));
    await waitFor(() => expect(gloves).toHaveTextContent('5 sur 6 prélevés'));
    await waitFor(async () => expect(await linePicked(d, second.id, 'l3')).toMatchObject({ picked: 5 }));
  });

  it('says "already picked" when a complete line is scanned again, and changes nothing', async () => {
    const { list, second, device: d } = await batchOfTwo();
    await scan(ITEMS['SKU-C'].ean);
    await waitFor(() => expect(stop(list, 'Bonnet')).toHaveTextContent('1 sur 1 prélevés'));
    await scan(ITEMS['SKU-C'].ean);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Déjà prélevé : Bonnet — l’article est dans son bac. Rien n’a été modifié.',
    );
    await waitFor(async () => expect(await linePicked(d, second.id, 'l2')).toMatchObject({ picked: 1 }));
  });

  it('a tap confirms a pick where the store allows it', async () => {
    const { list, first, device: d } = await batchOfTwo();
    const scarf = stop(list, 'Écharpe');
    await userEvent.click(within(scarf).getByRole('button', { name: 'Prélever les 2 × Écharpe' }));
    await waitFor(() => expect(scarf).toHaveTextContent('2 sur 2 prélevés'));
    await waitFor(async () => expect(await linePicked(d, first.id, 'l2')).toMatchObject({ picked: 1 }));
    // The walk moves on to the next line by itself.
    await waitFor(() => expect(stop(list, 'Gants')).toHaveAttribute('aria-current', 'step'));
  });

  it('short pick: each reason shows its stock effect before confirming; the line is rejected with it', async () => {
    const { list, second, device: d } = await batchOfTwo();
    await userEvent.click(within(stop(list, 'Gants')).getByRole('button', { name: 'Aller à Gants' }));
    await userEvent.click(within(stop(list, 'Gants')).getByRole('button', { name: 'Manquant Gants' }));
    const dialog = await screen.findByRole('dialog', { name: 'Manquant — Gants' });
    expect(dialog).toHaveTextContent('Il reste 6 articles à prélever.');
    const effect = within(dialog).getByRole('status', { name: 'Effet sur le stock' });
    expect(effect).toHaveTextContent('Stock physique de SKU-D mis à 0 (actuellement 10).');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Moins en rayon/ }));
    expect(effect).toHaveTextContent('Stock physique de SKU-D baissé de 6 (10 → 4).');
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Abîmé/ }));
    expect(effect).toHaveTextContent('6 articles de SKU-D retirés de la vente');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refuser 6 articles' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await linePicked(d, second.id, 'l3')).toMatchObject({ rejected: 6, picked: 0 });
    await waitFor(() => expect(stopNames(list)).not.toContain('Gants'));
    await d.settled();
    const feed = await svc.oms<{ events: { type: string; sku: string; data: Record<string, unknown> }[] }>(
      'GET',
      `/events?storeId=${STORE}&limit=5000`,
    );
    expect(feed.body.events.filter((e) => e.type === 'stock_moved' && e.sku === 'SKU-D')).toContainEqual(
      expect.objectContaining({ data: expect.objectContaining({ reason: 'reject_damaged', unsellable: 6 }) }),
    );
  });

  it('shows at once, on the walk, an order the OMS cancels mid-pick; its put-away task lands in the inbox', async () => {
    const { list, first, device: d } = await batchOfTwo();
    await scan(ITEMS['SKU-A'].ean);
    await waitFor(() => expect(stop(list, 'Pull en laine')).toHaveTextContent('1 sur 2 prélevés'));
    await d.settled();
    await svc.oms('POST', `/stores/${STORE}/orders/${first.id}/cancel`, { reason: 'customer_request' });
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent(
      `La commande ${first.number} a été annulée : arrêtez de la préparer. Remettez en rayon l’article déjà prélevé`,
    );
    // Its lines leave the walk; the other order's stay.
    await waitFor(() => expect(stopNames(list)).toEqual(['Écharpe', 'Gants', 'Bonnet']));
    expect(stop(list, 'Écharpe')).toHaveTextContent('0 sur 1 prélevés');
    const inbox = screen.getByRole('link', { name: /À traiter/ });
    await waitFor(() => expect(inbox).toHaveTextContent(/1 élément à regarder/));
    const tasks = await d.docs<{ kind: string; orderId: string; qty: number; status: string }>('tasks');
    expect(tasks.filter((t) => t.status === 'open')).toEqual([
      expect.objectContaining({ kind: 'put_away', orderId: first.id, qty: 1 }),
    ]);
  });
});
