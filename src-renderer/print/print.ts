import type { PrintOutcome } from '@shared/ipc/contract';
import type { PrintableDocument } from './documents';
import type { Destination, PdfOutput } from './output';
import { renderPdf } from './pdf';

/**
 * The one way to print, from the shell or a browser: start the output while the
 * click still counts, build the document, render it to PDF, deliver it.
 */
export async function printDocument(
  build: () => Promise<PrintableDocument> | PrintableDocument,
  destination: Destination,
  output: PdfOutput,
): Promise<PrintOutcome> {
  const pending = output.start(destination);
  try {
    const document = await build();
    const pdf = await renderPdf(document.definition);
    return await pending.deliver({
      document: document.kind,
      title: document.title,
      fileName: document.fileName,
      pdf,
    });
  } catch (error) {
    pending.abandon();
    return { ok: false, failure: 'failed', message: (error as Error).message };
  }
}
