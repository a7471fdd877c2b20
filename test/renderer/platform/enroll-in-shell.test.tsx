import type { AssociateBridge } from '@shared/ipc/contract';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src-renderer/app/App';
import { electronPlatform } from '../../../src-renderer/platform/electron';
import { memoryStorage, renderIn } from '../support';

describe('first run in the desktop shell', () => {
  it('enrolls through main (the page itself reaches no service yet), then reloads under the new CSP', async () => {
    const credentials = {
      serviceUrl: 'https://sync.example.com',
      token: 't',
      deviceId: 'd-1',
      storeId: 'paris-01',
    };
    let kept: typeof credentials | null = null;
    const bridge = {
      credentials: { load: vi.fn(async () => kept), clear: vi.fn() },
      device: {
        enroll: vi.fn(async () => {
          kept = credentials;
          return { ok: true as const, credentials };
        }),
      },
      print: { print: vi.fn(), save: vi.fn() },
    } satisfies AssociateBridge;
    const pageFetch = vi.spyOn(globalThis, 'fetch');
    const reload = vi.fn();
    renderIn('fr', <App platform={electronPlatform(bridge, reload)} storage={memoryStorage} />);

    await userEvent.clear(await screen.findByLabelText('Adresse du service'));
    await userEvent.type(screen.getByLabelText('Adresse du service'), 'https://sync.example.com');
    await userEvent.type(screen.getByLabelText("Code d'enrôlement"), 'ABCD-1234');
    await userEvent.type(screen.getByLabelText("Nom de l'appareil"), 'Caisse 2');
    await userEvent.click(screen.getByRole('button', { name: 'Relier' }));

    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(bridge.device.enroll).toHaveBeenCalledWith({
      serviceUrl: 'https://sync.example.com',
      code: 'ABCD-1234',
      deviceName: 'Caisse 2',
    });
    expect(pageFetch).not.toHaveBeenCalled();
  });
});
