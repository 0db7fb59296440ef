import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { cardFace } from './card-face.js';
import type { CardLayout, Paper } from '../../../shared/domain.js';
import { cardSheet, type Rect } from './card-sheet.js';
import { qrModules } from './qr-modules.js';

export interface CardToPrint {
  code: string;
  firstName: string;
  lastName: string;
  group: string;
  /** A spare (walk-up) card: blank lines to write the name on. */
  spare: boolean;
}

export interface CardsPdfOptions {
  jobName: string;
  paper: Paper;
  layout: CardLayout;
}

// DejaVu covers the Latin, Greek and Cyrillic names of a class list (Łukasz, Ağça, Zoë, Дарья); the
// PDF's built-in fonts stop at Western European letters. The code is set in the monospaced bold:
// every character the same width, nothing to mistake (the alphabet has no 0/O, 1/I/L anyway).
const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  code: 'dejavu-fonts-ttf/ttf/DejaVuSansMono-Bold.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;

/** The text column of a 3×3 card, points: the type sizes below are for it, and follow the column's width. */
const BASE_TEXT_WIDTH = 156.8;
const CUT_MARK_GREY = '#777777';

/** The cards as a PDF, page after page in the layout's grid, with cut marks in the margin. */
export async function cardsPdf(cards: readonly CardToPrint[], options: CardsPdfOptions): Promise<{ pdf: Buffer; pages: number }> {
  const sheet = cardSheet(options.paper, options.layout);
  const doc = new PDFDocument({ size: [sheet.width, sheet.height], margin: 0, autoFirstPage: false, info: { Title: `QR cards: ${options.jobName}`, Creator: 'Shootdesk' } });
  const require = createRequire(import.meta.url);
  for (const [name, path] of Object.entries(FONT_FILES)) doc.registerFont(name, require.resolve(path));
  const chunks: Buffer[] = [];
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  let pages = 0;
  for (let first = 0; first < cards.length; first += sheet.cells.length) {
    doc.addPage();
    pages += 1;
    drawCutMarks(doc, sheet);
    cards.slice(first, first + sheet.cells.length).forEach((card, i) => {
      const cell = sheet.cells[i];
      if (cell) drawCard(doc, cell, card, options.jobName);
    });
  }
  doc.end();
  await ended;
  return { pdf: Buffer.concat(chunks), pages };
}

function drawCard(doc: PDFKit.PDFDocument, cell: Rect, card: CardToPrint, jobName: string): void {
  const modules = qrModules(card.code);
  const face = cardFace(cell, modules.length);
  drawQr(doc, modules, face.qr.x + face.quiet * face.module, face.qr.y + face.quiet * face.module, face.module);

  const { text } = face;
  const scale = Math.min(3, Math.max(0.7, text.width / BASE_TEXT_WIDTH));
  let y = text.y;
  const line = (font: FontName, size: number, value: string, spacing = 0): void => {
    const fitted = fitSize(doc, font, value, text.width, size, spacing, size * SMALLEST);
    doc.font(font).fontSize(fitted).fillColor('black');
    // Too long even at the smallest size: it wraps onto a second line rather than lose its end.
    const options = { width: text.width, characterSpacing: spacing * (fitted / size) };
    const height = Math.min(doc.heightOfString(value, options), fitted * 2.4);
    doc.text(value, text.x, y, { ...options, height, ellipsis: true });
    y += height + fitted * 0.35;
  };
  // A line to write on, after its label: a walk-up's name and class are filled in on the day.
  const blank = (label: string, size: number): void => {
    doc.font('regular').fontSize(size).fillColor('black').text(label, text.x, y, { lineBreak: false });
    const from = text.x + doc.widthOfString(label) + size * 0.4;
    doc.moveTo(from, y + size).lineTo(text.x + text.width, y + size).lineWidth(0.6).strokeColor('black').stroke();
    y += size * 1.8;
  };
  if (card.spare) {
    blank('Name', 10 * scale);
    blank('Class', 10 * scale);
  } else {
    const name = `${card.firstName} ${card.lastName}`;
    const nameSize = 13 * scale;
    // A long name goes on two lines, first name over last name, as on a name badge.
    if (fitSize(doc, 'bold', name, text.width, nameSize, 0, nameSize * SMALLEST) > nameSize * SMALLEST) line('bold', nameSize, name);
    else {
      const both = Math.min(...[card.firstName, card.lastName].map((part) => fitSize(doc, 'bold', part, text.width, nameSize, 0, nameSize * SMALLEST)));
      line('bold', both, card.firstName);
      line('bold', both, card.lastName);
    }
    if (card.group) line('regular', 10 * scale, card.group);
  }
  y += 2 * scale;
  // The code never wraps (a parent would type half of it): it shrinks until it fits one line.
  const codeSize = fitSize(doc, 'code', card.code, text.width, 20 * scale, 1.5 * scale, 1);
  line('code', codeSize, card.code, 1.5 * scale * (codeSize / (20 * scale)));
  line('regular', 7 * scale, card.spare ? `${jobName} · walk-up card` : jobName);
}

/** Dark modules as one filled path, row runs merged: no seams between touching modules when printed. */
function drawQr(doc: PDFKit.PDFDocument, modules: readonly boolean[][], x: number, y: number, size: number): void {
  modules.forEach((row, r) => {
    let start = -1;
    row.forEach((dark, c) => {
      if (dark && start < 0) start = c;
      if (start >= 0 && (!dark || c === row.length - 1)) {
        const end = dark ? c + 1 : c;
        doc.rect(x + start * size, y + r * size, (end - start) * size, size);
        start = -1;
      }
    });
  });
  doc.fillColor('black').fill();
}

/** Short lines in the margin along every cut: the grid of cards is cut with a ruler or a guillotine. */
function drawCutMarks(doc: PDFKit.PDFDocument, sheet: ReturnType<typeof cardSheet>): void {
  const near = sheet.margin * 0.2;
  const far = sheet.margin * 0.8;
  for (const x of sheet.cutsX) {
    doc.moveTo(x, near).lineTo(x, far);
    doc.moveTo(x, sheet.height - far).lineTo(x, sheet.height - near);
  }
  for (const y of sheet.cutsY) {
    doc.moveTo(near, y).lineTo(far, y);
    doc.moveTo(sheet.width - far, y).lineTo(sheet.width - near, y);
  }
  doc.lineWidth(0.5).strokeColor(CUT_MARK_GREY).stroke();
}

/** Text is never set smaller than this share of its size: a parent must read it off the card. */
const SMALLEST = 0.6;

/** The largest size from `size` down to `smallest` at which `text` fits `width` on one line (else `smallest`). */
function fitSize(doc: PDFKit.PDFDocument, font: FontName, text: string, width: number, size: number, spacing: number, smallest: number): number {
  doc.font(font);
  for (let fitted = size; fitted > smallest; fitted -= 0.25) {
    doc.fontSize(fitted);
    // A point to spare: PDFKit's line wrapping measures a little wider than widthOfString.
    if (doc.widthOfString(text, { characterSpacing: spacing * (fitted / size) }) <= width - 1) return fitted;
  }
  return smallest;
}
