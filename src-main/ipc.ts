import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppUrl } from './scheme';

/**
 * A call is ours when it comes from the top frame of one of the shell's own
 * windows, showing the app's origin. Anything else (another window, a frame,
 * a page that got navigated elsewhere) is refused before the handler runs.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  isOurs: (contents: WebContents) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url) && isOurs(event.sender);
}

export class RefusedSenderError extends Error {
  constructor(channel: string) {
    super(`Refused ${channel}: the call did not come from the app's own window.`);
    this.name = 'RefusedSenderError';
  }
}

/** ipcMain.handle with the sender check in front of every handler. */
export function handleTrusted(
  ipc: Pick<IpcMain, 'handle'>,
  channel: string,
  trusted: (event: IpcMainInvokeEvent) => boolean,
  handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>,
): void {
  ipc.handle(channel, async (event, ...args) => {
    if (!trusted(event)) throw new RefusedSenderError(channel);
    return handler(event, ...args);
  });
}
