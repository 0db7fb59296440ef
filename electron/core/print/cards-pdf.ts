import type { CardLayout, Paper } from '../../../shared/domain.js';
import { cardFace, typeScale } from '../../../shared/print/card-face.js';
import { cardSheet, cutMarks, type CardSheet, type Rect } from '../../../shared/print/card-sheet.js';
import { drawQr } from './draw-qr.js';
import { fitSize, SMALLEST } from './fit-size.js';
import { openPdf, type FontName } from './open-pdf.js';
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

const CUT_MARK_GREY = '#777777';

/** The cards as a PDF, page after page in the layout's grid, with cut marks in the margin. */
export async function cardsPdf(cards: readonly CardToPrint[], options: CardsPdfOptions): Promise<{ pdf: Buffer; pages: number }> {
  const sheet = cardSheet(options.paper, options.layout);
  const { doc, finish } = openPdf(sheet, `QR cards: ${options.jobName}`);
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
  return { pdf: await finish(), pages };
}

function drawCard(doc: PDFKit.PDFDocument, cell: Rect, card: CardToPrint, jobName: string): void {
  const modules = qrModules(card.code);
  const face = cardFace(cell, modules.length);
  drawQr(doc, modules, face.qr.x + face.quiet * face.module, face.qr.y + face.quiet * face.module, face.module);

  const { text } = face;
  const scale = typeScale(text);
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

/** The cut marks, in grey: they guide the cut and are not part of any card. */
function drawCutMarks(doc: PDFKit.PDFDocument, sheet: CardSheet): void {
  for (const mark of cutMarks(sheet)) doc.moveTo(mark.x1, mark.y1).lineTo(mark.x2, mark.y2);
  doc.lineWidth(0.5).strokeColor(CUT_MARK_GREY).stroke();
}
