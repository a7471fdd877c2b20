import type { AssociateBridge, PrintJob } from '@shared/ipc/contract';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ReplicaProvider } from '../../../src-renderer/data/react';
import { StatusPage } from '../../../src-renderer/features/status/StatusPage';
import { PrintMenu } from '../../../src-renderer/print/PrintMenu';
import { TestDevice } from '../../support/device';
import { anOrder } from '../../support/fixtures';
import { spawnTestService } from '../../support/service-process';
import { memoryStorage, renderIn } from '../support';

const isPdf = (bytes: Uint8Array) => new TextDecoder().decode(bytes.slice(0, 5)) === '%PDF-';

describe('printing from the order list', () => {
  let svc: Awaited<ReturnType<typeof spawnTestService>>;
  let device: TestDevice;

  beforeAll(async () => {
    svc = await spawnTestService();
    await svc.createStore('paris-01', 'Paris Rivoli');
    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'o-1', number: 'FR-1' }) });
    await svc.oms('POST', '/stores/paris-01/orders', {
      order: anOrder({ id: 'o-2', number: 'FR-2', kind: 'click_and_collect' }),
    });
    device = await TestDevice.open({
      serviceUrl: svc.url,
      ...(await svc.enroll('paris-01')),
      storage: memoryStorage(),
    });
    await device.until((s) => s.initial.complete);
    await device.record('create_return', {
      returnId: 'ret-1',
      orderId: 'o-2',
      orderNumber: 'FR-2',
      lines: [
        { sku: 'SKU-A', lineId: 'l1', qty: 1, reason: 'too_small', condition: 'new', disposition: 'restock' },
      ],
      refund: { amount: 4990, currency: 'EUR', method: 'original_payment' },
    });
    await device.settled();
  }, 120_000);
  afterEach(() => {
    vi.restoreAllMocks();
    delete (globalThis as { associate?: unknown }).associate;
  });
  afterAll(async () => {
    await device?.close();
    await svc?.close();
  });

  function inShell(print: AssociateBridge['print']['print']) {
    const bridge = { print: { print: vi.fn(print), save: vi.fn() } };
    (globalThis as { associate?: unknown }).associate = bridge;
    return bridge;
  }

  async function order(id: string) {
    const doc = await device.replica.db.orders.findOne(id).exec();
    if (!doc) throw new Error(`no order ${id}`);
    return doc.toMutableJSON();
  }

  it('in a browser, opens the pick list as a PDF in a tab opened by the click itself', async () => {
    const calls: string[] = [];
    const tab = { location: { href: '' }, close: vi.fn() };
    vi.spyOn(window, 'open').mockImplementation(() => {
      calls.push('open');
      return tab as unknown as Window;
    });
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      calls.push('pdf');
      blob = b;
      return 'blob:associate/pick-list';
    });
    URL.revokeObjectURL = vi.fn();
    renderIn(
      'fr',
      <ReplicaProvider replica={device.replica}>
        <StatusPage />
      </ReplicaProvider>,
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Imprimer les documents de la commande FR-1' }),
    );
    expect(screen.getByRole('button', { name: 'Bon de livraison — Ouvrir le PDF' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: "Étiquette d'expédition — Ouvrir le PDF" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Reçu Click & Collect/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Liste de préparation — Ouvrir le PDF' }));
    await waitFor(() => expect(tab.location.href).toBe('blob:associate/pick-list'), { timeout: 20_000 });
    expect(calls).toEqual(['open', 'pdf']);
    expect(blob?.type).toBe('application/pdf');
    expect(isPdf(new Uint8Array(await (blob as Blob).arrayBuffer()))).toBe(true);
  });

  it('in the shell, prints the return receipt silently and says where it went', async () => {
    const bridge = inShell(async () => ({ ok: true, destination: 'default' }));
    renderIn(
      'fr',
      <ReplicaProvider replica={device.replica}>{<PrintMenu order={await order('o-2')} />}</ReplicaProvider>,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Imprimer les documents de la commande FR-2' }));
    expect(screen.getByRole('button', { name: 'Reçu Click & Collect — Imprimer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reçu Click & Collect — PDF' })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: /^Reçu de retour · .* — Imprimer$/ }));

    expect(await screen.findByRole('status', {}, { timeout: 20_000 })).toHaveTextContent(
      'Envoyé à l’imprimante par défaut.',
    );
    const job = bridge.print.print.mock.calls[0]?.[0] as PrintJob;
    expect(job).toMatchObject({ document: 'return_receipt', title: 'Reçu de retour FR-2' });
    expect(isPdf(job.pdf)).toBe(true);
  });

  it('in the shell, shows why a print failed', async () => {
    inShell(async () => ({ ok: false, failure: 'failed', message: 'The printer "Zebra" is not available.' }));
    renderIn(
      'fr',
      <ReplicaProvider replica={device.replica}>{<PrintMenu order={await order('o-1')} />}</ReplicaProvider>,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Imprimer les documents de la commande FR-1' }));
    await userEvent.click(screen.getByRole('button', { name: "Étiquette d'expédition — Imprimer" }));
    expect(await screen.findByRole('alert', {}, { timeout: 20_000 })).toHaveTextContent(
      'Le document n\'a pas pu être imprimé : The printer "Zebra" is not available.',
    );
  });
});
