import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDF_MAX_BYTES, type PrintJob } from '@shared/ipc/contract';
import { describe, expect, it, vi } from 'vitest';
import { parsePrintJob, safeFileName } from '../../src-main/print-job';
import { createPrinting } from '../../src-main/printing';
import { FakeBrowserWindow } from './fake-electron';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.electron);

const pdf = new TextEncoder().encode('%PDF-1.7\n% a pick list\n');
const job: PrintJob = {
  document: 'pick_list',
  title: 'Liste de préparation FR-1',
  fileName: 'FR-1.pdf',
  pdf,
};
const folder = () => mkdtempSync(join(tmpdir(), 'associate-print-'));

describe('print jobs from the page', () => {
  it('are PDFs of a sane size for a known document, or they are refused', () => {
    expect(parsePrintJob(job)).toEqual(job);
    expect(() => parsePrintJob({ ...job, pdf: new TextEncoder().encode('<html>') })).toThrow(/not a PDF/);
    expect(() => parsePrintJob({ ...job, pdf: new Uint8Array(PDF_MAX_BYTES + 1) })).toThrow(/too large/);
    expect(() => parsePrintJob({ ...job, document: 'anything' })).toThrow(/Unknown document/);
    expect(() => parsePrintJob('%PDF-')).toThrow();
  });

  it('are saved under a plain file name that cannot leave its folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd.pdf');
    expect(safeFileName('FR-100001 Liste de préparation')).toBe('FR-100001 Liste de préparation.pdf');
    expect(safeFileName('C:\\Windows\\x.pdf')).toBe('C-Windows-x.pdf');
    expect(safeFileName('')).toBe('document.pdf');
  });
});

describe('printing from the shell', () => {
  it('prints silently to the chosen printer through a hidden window, and leaves no file behind', async () => {
    const temp = folder();
    const printing = createPrinting({ temp, documents: folder() });
    const outcome = await printing.print(job, 'Zebra_ZD421');
    expect(outcome).toEqual({ ok: true, destination: 'Zebra_ZD421' });
    const window = FakeBrowserWindow.all.at(-1) as FakeBrowserWindow;
    expect(window.options).toMatchObject({ show: false, webPreferences: { sandbox: true, plugins: true } });
    expect(window.webContents.printed).toEqual([
      { options: { silent: true, printBackground: true, deviceName: 'Zebra_ZD421' } },
    ]);
    const loaded = window.loaded[0] ?? '';
    expect(loaded).toMatch(/^file:.*\.pdf$/);
    expect(existsSync(fileURLToPath(loaded))).toBe(false);
    expect(window.destroyed).toBe(true);
  });

  it('uses the system default printer when none is chosen', async () => {
    const outcome = await createPrinting({ temp: folder(), documents: folder() }).print(job, null);
    expect(outcome).toEqual({ ok: true, destination: 'default' });
    expect(FakeBrowserWindow.all.at(-1)?.webContents.printed[0]?.options).not.toHaveProperty('deviceName');
  });

  it('says so when the chosen printer is gone, instead of printing elsewhere', async () => {
    const outcome = await createPrinting({ temp: folder(), documents: folder() }).print(job, 'Old printer');
    expect(outcome).toMatchObject({
      ok: false,
      failure: 'failed',
      message: expect.stringContaining('Old printer'),
    });
    expect(FakeBrowserWindow.all.at(-1)?.webContents.printed).toEqual([]);
  });

  it('saves the PDF where the associate chooses, or nothing when they cancel', async () => {
    const documents = folder();
    const printing = createPrinting({ temp: folder(), documents });
    const target = join(documents, 'chosen.pdf');
    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await printing.save(job, null)).toEqual({ ok: true, destination: target });
    expect(readFileSync(target)).toEqual(Buffer.from(pdf));
    expect(fake.electron.dialog.showSaveDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ defaultPath: join(documents, 'FR-1.pdf') }),
    );

    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await printing.save(job, null)).toMatchObject({ ok: false, failure: 'cancelled' });
  });
});
