import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App';
import { anOrder } from '../support/fixtures';
import { spawnTestService } from '../support/service-process';
import { memoryPlatform, memoryStorage, renderIn } from './support';

describe('first run and the status page', () => {
  let svc: Awaited<ReturnType<typeof spawnTestService>>;
  beforeAll(async () => {
    svc = await spawnTestService();
    await svc.createStore('paris-01', 'Paris Rivoli');
    for (let i = 0; i < 3; i++) {
      await svc.oms('POST', '/stores/paris-01/orders', {
        order: anOrder({ id: `o-${i}`, number: `FR-10${i}` }),
      });
    }
  });
  afterAll(() => svc.close());

  it('refuses a wrong code with a sentence, not a code', async () => {
    const user = userEvent.setup();
    renderIn(
      'fr',
      <App platform={memoryPlatform()} storage={memoryStorage} launch={{ serviceUrl: svc.url }} />,
    );
    await user.type(await screen.findByLabelText("Code d'enrôlement"), 'ABCD-EFGH');
    await user.click(screen.getByRole('button', { name: 'Relier' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^L'appareil n'a pas pu être relié : This enrollment code is not valid/,
    );
  });

  it('enrolls the device, then shows the store from its replica with sync online', async () => {
    const user = userEvent.setup();
    const code = await svc.admin<{ code: string }>('POST', '/stores/paris-01/enrollment-codes', {});
    const platform = memoryPlatform();
    renderIn('fr', <App platform={platform} storage={memoryStorage} launch={{ serviceUrl: svc.url }} />);
    await user.type(await screen.findByLabelText("Code d'enrôlement"), code.body.code);
    await user.type(screen.getByLabelText("Nom de l'appareil"), 'Tablette réserve');
    await user.click(screen.getByRole('button', { name: 'Relier' }));

    // A shared device: who is working? (the staff list arrives with the first sync)
    await user.click(await screen.findByRole('button', { name: 'Alice Martin' }, { timeout: 15_000 }));
    for (const digit of '1234') await user.click(screen.getByRole('button', { name: digit }));
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(
      await screen.findByRole('heading', { name: 'Le travail du jour' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('banner')).toHaveTextContent('Paris Rivoli'), {
      timeout: 15_000,
    });
    const orders = await screen.findByRole('table', { name: 'Commandes' }, { timeout: 15_000 });
    await waitFor(() => expect(within(orders).getAllByRole('row')).toHaveLength(4), { timeout: 15_000 });
    await waitFor(() => expect(screen.getByTestId('sync-connection')).toHaveTextContent('En ligne'));
    expect(within(orders).getByRole('cell', { name: 'FR-101' })).toBeInTheDocument();
    expect(within(orders).getAllByRole('cell', { name: 'À préparer' })).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'À préparer : 3' })).toBeInTheDocument();
    expect(platform.saved).toMatchObject({ storeId: 'paris-01', serviceUrl: svc.url });
  });
});
