// A PDF picked or dropped by the resident → the document model, on this computer. pdf.js's
// browser build runs its parser in a worker bundled with the extension (no remote code, no eval),
// and is loaded only when a file is read, so the popup never carries it.
import type { NoticeDocument } from '../core/document';
import { readPdf } from '../core/input/pdf-read';

export async function readPdfFile(file: File): Promise<NoticeDocument> {
  const [pdfjs, { default: workerUrl }] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const doc = await readPdf(new Uint8Array(await file.arrayBuffer()), pdfjs.getDocument);
  return { ...doc, title: doc.title ?? file.name.replace(/\.pdf$/i, '') };
}
