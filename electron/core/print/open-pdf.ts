import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

// DejaVu covers the Latin, Greek and Cyrillic names of a class list (Łukasz, Ağça, Zoë, Дарья); the
// PDF's built-in fonts stop at Western European letters. The code is set in the monospaced bold:
// every character the same width, nothing to mistake (the alphabet has no 0/O, 1/I/L anyway).
const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  code: 'dejavu-fonts-ttf/ttf/DejaVuSansMono-Bold.ttf',
} as const;
export type FontName = keyof typeof FONT_FILES;

export interface OpenPdf {
  doc: PDFKit.PDFDocument;
  /** Ends the document and gives its bytes. */
  finish: () => Promise<Buffer>;
}

/** A PDF of pages of one size (points), with the fonts names are printed in; pages are added by the caller. */
export function openPdf(size: { width: number; height: number }, title: string): OpenPdf {
  const doc = new PDFDocument({ size: [size.width, size.height], margin: 0, autoFirstPage: false, info: { Title: title, Creator: 'Shootdesk' } });
  const require = createRequire(import.meta.url);
  for (const [name, path] of Object.entries(FONT_FILES)) doc.registerFont(name, require.resolve(path));
  const chunks: Buffer[] = [];
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  return {
    doc,
    finish: async () => {
      doc.end();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}
