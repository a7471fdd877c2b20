import type { AssociateBridge, PrintJob, PrintOutcome } from '@shared/ipc/contract';
import { shellBridge } from '../platform/bridge';

/** print: silently to the shell's printer; save: as a PDF file (shell); open: the PDF in a new tab (browser). */
export type Destination = 'print' | 'save' | 'open';

/** A job under way: started inside the click, delivered once the PDF is made. */
export type PendingOutput = {
  deliver(job: PrintJob): Promise<PrintOutcome>;
  abandon(): void;
};

export type PdfOutput = {
  destinations: readonly Destination[];
  /** Must be called synchronously in the click handler (a browser only opens tabs for a fresh click). */
  start(destination: Destination): PendingOutput;
};

/** The shell hands the PDF to main through the typed bridge. */
export function shellOutput(bridge: AssociateBridge): PdfOutput {
  return {
    destinations: ['print', 'save'],
    start: (destination) => ({
      deliver: (job) => (destination === 'save' ? bridge.print.save(job) : bridge.print.print(job)),
      abandon: () => {},
    }),
  };
}

/** A browser opens the PDF in a new tab, where its viewer prints or saves it. */
export function browserOutput(scope: Pick<Window, 'open' | 'document'> = window): PdfOutput {
  return {
    destinations: ['open'],
    start() {
      const tab = scope.open('', '_blank');
      return {
        async deliver(job) {
          const url = URL.createObjectURL(new Blob([job.pdf as BlobPart], { type: 'application/pdf' }));
          if (tab) {
            tab.location.href = url;
          } else {
            // Pop-ups blocked: download it instead.
            const link = scope.document.createElement('a');
            link.href = url;
            link.download = job.fileName.endsWith('.pdf') ? job.fileName : `${job.fileName}.pdf`;
            link.click();
          }
          // The tab has loaded it long before; the URL only holds memory.
          setTimeout(() => URL.revokeObjectURL(url), 60_000);
          return { ok: true, destination: job.fileName };
        },
        abandon: () => tab?.close(),
      };
    },
  };
}

export function pdfOutput(): PdfOutput {
  const bridge = shellBridge();
  return bridge ? shellOutput(bridge) : browserOutput();
}
