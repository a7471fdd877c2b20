import type { TDocumentDefinitions } from 'pdfmake/interfaces';

type PdfMake = typeof import('pdfmake/build/pdfmake');

let engine: Promise<PdfMake> | undefined;

/**
 * pdfmake's browser build with its embedded Roboto, loaded on the first print
 * (a few MB the app does not need to start). The same build renders in the
 * shell's renderer, in a browser and in Node (the tests).
 */
function loadEngine(): Promise<PdfMake> {
  engine ??= Promise.all([import('pdfmake/build/pdfmake'), import('pdfmake/build/vfs_fonts')]).then(
    ([pdfMakeModule, fontsModule]) => {
      // Both are CommonJS bundles: bundlers hand them over as a default export.
      const pdfMake = ((pdfMakeModule as { default?: PdfMake }).default ?? pdfMakeModule) as PdfMake;
      const fonts = (fontsModule as { default?: unknown }).default ?? fontsModule;
      pdfMake.addVirtualFileSystem(fonts as Parameters<PdfMake['addVirtualFileSystem']>[0]);
      return pdfMake;
    },
  );
  return engine;
}

/** A document definition as PDF bytes. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
  const pdfMake = await loadEngine();
  const buffer = await pdfMake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
