import { PDF_MAX_BYTES, PRINT_DOCUMENTS, type PrintDocumentKind, type PrintJob } from '@shared/ipc/contract';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** A print job from the renderer, checked: a PDF of sane size, a plain file name. Throws otherwise. */
export function parsePrintJob(value: unknown): PrintJob {
  const job = value as Partial<PrintJob> | null;
  if (!job || typeof job !== 'object') throw new Error('Not a print job.');
  if (!PRINT_DOCUMENTS.includes(job.document as PrintDocumentKind)) throw new Error('Unknown document.');
  if (!(job.pdf instanceof Uint8Array) || job.pdf.byteLength > PDF_MAX_BYTES) {
    throw new Error('The document is missing or too large.');
  }
  if (!PDF_MAGIC.every((byte, i) => job.pdf?.[i] === byte)) throw new Error('The document is not a PDF.');
  const title = typeof job.title === 'string' ? job.title.slice(0, 200) : '';
  return {
    document: job.document as PrintDocumentKind,
    title,
    fileName: safeFileName(typeof job.fileName === 'string' ? job.fileName : title),
    pdf: job.pdf,
  };
}

/** A name that cannot leave the folder it is saved in, ending in .pdf. */
export function safeFileName(name: string): string {
  const base = name
    .replace(/\.pdf$/i, '')
    .replace(/[^\p{L}\p{N} ._-]+/gu, '-')
    .replace(/^[.\s-]+/, '')
    .slice(0, 120)
    .trim();
  return `${base || 'document'}.pdf`;
}
