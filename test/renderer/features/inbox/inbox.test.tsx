import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Network, TestDevice } from '../../../support/device';
import { anOrder } from '../../../support/fixtures';
import { spawnTestService } from '../../../support/service-process';
import { memoryStorage, renderApp } from '../../support';

describe('the outcome inbox', () => {
  let svc: Awaited<ReturnType<typeof spawnTestService>>;
  let device: TestDevice;
  beforeAll(async () => {
    svc = await spawnTestService();
    await svc.createStore('paris-01', 'Paris Rivoli');
    await svc.oms('POST', '/stores/paris-01/products', {
      products: [
        {
          sku: 'SKU-A',
          barcodes: ['3601234567892'],
          name: 'Chemise lin M',
          brand: 'Maison',
          size: 'M',
          colour: 'Blanc',
          price: { amount: 5990, currency: 'EUR' },
          location: { aisle: 'A3', bay: '2', shelf: '' },
        },
      ],
    });
    const line = {
      id: 'l1',
      sku: 'SKU-A',
      name: 'Chemise lin M',
      qty: 2,
      price: { amount: 5990, currency: 'EUR' },
    };
    await svc.oms('POST', '/stores/paris-01/orders', {
      order: anOrder({ id: 'o-1042', number: 'FR-1042', lines: [line] }),
    });
    const network = new Network();
    device = await TestDevice.open({
      serviceUrl: svc.url,
      ...(await svc.enroll('paris-01')),
      network,
      storage: memoryStorage(),
    });
    await device.settled();
    // The associate picks offline while the OMS cancels the order centrally.
    network.online = false;
    await device.record('pick', { orderId: 'o-1042', lineId: 'l1', qty: 2, barcode: '' });
    await svc.oms('POST', '/stores/paris-01/orders/o-1042/cancel', { reason: 'customer_request' });
    network.online = true;
    await device.settled();
  });
  afterAll(async () => {
    await device?.close();
    await svc.close();
  });

  it('explains the follow-up in plain words with what to do, and completing it is a command', async () => {
    renderApp(device.replica, { path: '/inbox' });
    const tasks = await screen.findByRole(
      'list',
      { name: 'Suites à donner en magasin' },
      { timeout: 15_000 },
    );
    await waitFor(() => expect(tasks).toHaveTextContent('Remettre 2 × Chemise lin M en rayon en A3-2'));
    expect(tasks).toHaveTextContent('La commande a été annulée.');
    expect(tasks).toHaveTextContent('Commande FR-1042');

    const outcomes = screen.getByRole('list', { name: 'Ce que le service a répondu' });
    await waitFor(() =>
      expect(outcomes).toHaveTextContent(
        'Conservé, avec une suite à donner : Prélèvement sur la commande FR-1042',
      ),
    );

    const nav = screen.getByRole('navigation', { name: 'Menu principal' });
    expect(within(nav).getByRole('link', { name: /À traiter/ })).toHaveTextContent('2 éléments à regarder');

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Marquer « Remettre 2 × Chemise lin M en rayon en A3-2 » comme fait',
      }),
    );
    await waitFor(() => expect(screen.getByText('Aucune suite à donner.')).toBeInTheDocument());
    expect(within(nav).getByRole('link', { name: /À traiter/ })).toHaveTextContent('1 élément à regarder');

    await userEvent.click(screen.getByRole('button', { name: 'Tout marquer comme lu' }));
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: /À traiter/ })).toHaveTextContent(/^À traiter$/),
    );
    await device.settled();
    const [task] = await device.docs<{ status: string }>('tasks');
    expect(task?.status).toBe('done');
  });
});
