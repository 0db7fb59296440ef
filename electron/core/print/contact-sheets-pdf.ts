import type { Paper } from '../../../shared/domain.js';
import { cardFace } from '../../../shared/print/card-face.js';
import type { Rect } from '../../../shared/print/card-sheet.js';
import { shopAddressForPrint, shopLinkFor } from '../../../shared/shop-address.js';
import { contactSheet, pagesByGroup, ROWS_PER_PAGE, type ContactSheet } from './contact-sheet-layout.js';
import { drawQr } from './draw-qr.js';
import { fitSize, SMALLEST } from './fit-size.js';
import { openPdf, type FontName } from './open-pdf.js';
import { qrModules } from './qr-modules.js';

export interface SheetPupil {
  code: string;
  firstName: string;
  lastName: string;
}

export interface ContactSheetsOptions {
  jobName: string;
  shopUrl: string;
  paper: Paper;
}

const CUT_LINE_GREY = '#999999';
/** Said of pupils the names list gives no class: the school still hands their strips out. */
const NO_GROUP = 'No class given';

/** Each group's pupils on pages of their own, a strip per pupil: QR code, name, code and what to do with it. */
export async function contactSheetsPdf(groups: readonly { group: string; members: readonly SheetPupil[] }[], options: ContactSheetsOptions): Promise<{ pdf: Buffer; pages: number }> {
  const sheet = contactSheet(options.paper);
  const { doc, finish } = openPdf(sheet, `Access codes: ${options.jobName}`);
  const shop = shopAddressForPrint(options.shopUrl);
  const pages = pagesByGroup(groups, ROWS_PER_PAGE);
  for (const page of pages) {
    doc.addPage();
    drawHeader(doc, sheet.header, page.group || NO_GROUP, `${options.jobName} · page ${page.page} of ${page.pages} · parents find their photos at ${shop}`);
    page.members.forEach((pupil, i) => {
      const row = sheet.rows[i];
      if (row) drawStrip(doc, row, pupil, shop, shopLinkFor(options.shopUrl, pupil.code));
    });
    drawCutLines(doc, sheet, page.members.length);
  }
  return { pdf: await finish(), pages: pages.length };
}

function drawHeader(doc: PDFKit.PDFDocument, header: Rect, group: string, line: string): void {
  const size = fitSize(doc, 'bold', group, header.width, 18, 0, 18 * SMALLEST);
  doc.font('bold').fontSize(size).fillColor('black').text(group, header.x, header.y, { width: header.width, lineBreak: false, ellipsis: true });
  doc.font('regular').fontSize(9).text(line, header.x, header.y + size * 1.4, { width: header.width, height: 9 * 2.4, ellipsis: true });
}

function drawStrip(doc: PDFKit.PDFDocument, row: Rect, pupil: SheetPupil, shop: string, link: string): void {
  const modules = qrModules(link);
  const face = cardFace(row, modules.length);
  drawQr(doc, modules, face.qr.x + face.quiet * face.module, face.qr.y + face.quiet * face.module, face.module);
  const { text } = face;
  let y = text.y;
  const line = (font: FontName, size: number, value: string, spacing = 0, lines = 1): void => {
    const fitted = lines === 1 ? fitSize(doc, font, value, text.width, size, spacing, size * SMALLEST) : size;
    const options = { width: text.width, characterSpacing: spacing * (fitted / size) };
    const height = Math.min(doc.font(font).fontSize(fitted).heightOfString(value, options), fitted * 1.2 * lines);
    doc.fillColor('black').text(value, text.x, y, { ...options, height, ellipsis: true });
    y += height + fitted * 0.3;
  };
  line('bold', 13, `${pupil.firstName} ${pupil.lastName}`);
  line('code', 22, pupil.code, 2);
  line('regular', 9, `Scan the QR code with your phone, or go to ${shop} and enter the code ${pupil.code}, to see and order the photos of ${pupil.firstName}.`, 0, 2);
}

/** Dashed lines between the strips in use: the teacher cuts them apart and hands each parent theirs. */
function drawCutLines(doc: PDFKit.PDFDocument, sheet: ContactSheet, used: number): void {
  sheet.rows.slice(0, used).forEach((row, i) => {
    if (i === 0) doc.moveTo(row.x, row.y).lineTo(row.x + row.width, row.y);
    doc.moveTo(row.x, row.y + row.height).lineTo(row.x + row.width, row.y + row.height);
  });
  doc.lineWidth(0.5).dash(4, { space: 3 }).strokeColor(CUT_LINE_GREY).stroke().undash();
}
