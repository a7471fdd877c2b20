import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

export type ReadPdf = { pages: string[]; title: string };

/** The text of each page of a PDF, as a reader (or a copy-paste) gets it, and its title. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, isEvalSupported: false })
    .promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      pages.push(text.replace(/[\u00a0\u202f\s]+/g, ' '));
    }
    const { info } = await pdf.getMetadata();
    return { pages, title: (info as { Title?: string }).Title ?? '' };
  } finally {
    await pdf.destroy();
  }
}

/** Every SVG drawn by a definition (its barcodes), read before rendering. */
export function svgsOf(definition: TDocumentDefinitions): string[] {
  const found: string[] = [];
  const walk = (node: Content | unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const svg = (node as { svg?: unknown }).svg;
      if (typeof svg === 'string') found.push(svg);
      Object.values(node).forEach(walk);
    }
  };
  walk(definition.content);
  return found;
}
