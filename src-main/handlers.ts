import { CHANNELS, type EnrollOutcome, type ShellEnrollRequest } from '@shared/ipc/contract';
import type { DeviceCredentials } from '@shared/sync/protocol';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { CredentialVault } from './credentials';
import { handleTrusted } from './ipc';
import { parsePrintJob } from './print-job';
import type { Printing } from './printing';

export type ShellServices = {
  vault: CredentialVault;
  enroll(request: ShellEnrollRequest): Promise<EnrollOutcome>;
  printing: Printing;
  /** The printer chosen in the menu (null: the system's default). */
  printer(): string | null;
  /** The device's service changed (enrolled, or forgotten): the CSP follows. */
  serviceChanged(credentials: DeviceCredentials | null): void;
  windowOf(contents: WebContents): BrowserWindow | null;
};

/** One handler per channel of the contract, each behind the sender check. */
export function registerHandlers(
  ipc: Pick<IpcMain, 'handle'>,
  trusted: (event: IpcMainInvokeEvent) => boolean,
  services: ShellServices,
): void {
  const handle = (channel: string, handler: (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>) =>
    handleTrusted(ipc, channel, trusted, (event, arg) => handler(event, arg));

  handle(CHANNELS.credentials.load, () => services.vault.load());

  handle(CHANNELS.credentials.clear, async () => {
    await services.vault.clear();
    services.serviceChanged(null);
  });

  handle(CHANNELS.device.enroll, async (_event, arg) => {
    const outcome = await services.enroll(parseEnrollRequest(arg));
    if (outcome.ok) {
      await services.vault.save(outcome.credentials);
      services.serviceChanged(outcome.credentials);
    }
    return outcome;
  });

  handle(CHANNELS.print.print, (_event, arg) =>
    services.printing.print(parsePrintJob(arg), services.printer()),
  );

  handle(CHANNELS.print.save, (event, arg) =>
    services.printing.save(parsePrintJob(arg), services.windowOf(event.sender)),
  );
}

function parseEnrollRequest(value: unknown): ShellEnrollRequest {
  const request = value as Partial<ShellEnrollRequest> | null;
  const text = (s: unknown, max: number) => (typeof s === 'string' && s.length <= max ? s : null);
  const serviceUrl = text(request?.serviceUrl, 2000);
  const code = text(request?.code, 200);
  const deviceName = text(request?.deviceName, 200);
  if (serviceUrl === null || code === null || deviceName === null)
    throw new Error('Not an enrollment request.');
  return { serviceUrl, code, deviceName };
}
