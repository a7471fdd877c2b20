import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintJob, PrintOutcome } from '@shared/ipc/contract';
import { BrowserWindow, dialog } from 'electron';

export type Printing = {
  print(job: PrintJob, printer: string | null): Promise<PrintOutcome>;
  save(job: PrintJob, owner: BrowserWindow | null): Promise<PrintOutcome>;
};

/**
 * The PDF the renderer made, printed without a dialog: loaded in a hidden
 * window by Chromium's PDF viewer and sent to the chosen printer (or the
 * system's default), or saved where the associate says.
 */
export function createPrinting(paths: { temp: string; documents: string }): Printing {
  return {
    async print(job, printer) {
      const file = join(paths.temp, `associate-print-${randomUUID()}.pdf`);
      await writeFile(file, job.pdf, { mode: 0o600 });
      const window = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
      });
      try {
        if (printer) {
          const known = await window.webContents.getPrintersAsync();
          if (!known.some((p) => p.name === printer)) {
            return { ok: false, failure: 'failed', message: `The printer "${printer}" is not available.` };
          }
        }
        await window.loadURL(pathToFileURL(file).href);
        return await new Promise<PrintOutcome>((resolve) => {
          window.webContents.print(
            { silent: true, printBackground: true, ...(printer ? { deviceName: printer } : {}) },
            (success, reason) =>
              resolve(
                success
                  ? { ok: true, destination: printer ?? 'default' }
                  : { ok: false, failure: reason === 'cancelled' ? 'cancelled' : 'failed', message: reason },
              ),
          );
        });
      } finally {
        window.destroy();
        await rm(file, { force: true });
      }
    },

    async save(job, owner) {
      const options = {
        title: job.title,
        defaultPath: join(paths.documents, job.fileName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const choice = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { ok: false, failure: 'cancelled', message: '' };
      await writeFile(choice.filePath, job.pdf);
      return { ok: true, destination: choice.filePath };
    },
  };
}
