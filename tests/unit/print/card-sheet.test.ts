import { describe, expect, it } from 'vitest';
import { cardFace, PADDING_MM, QUIET_MODULES } from '../../../shared/print/card-face.js';
import { cardSheet, cutMarks, PT_PER_MM } from '../../../shared/print/card-sheet.js';
import { qrModules } from '../../../electron/core/print/qr-modules.js';
import type { CardLayout, Paper } from '../../../shared/domain.js';

const mm = (pt: number): number => pt / PT_PER_MM;

describe('card sheets', () => {
  // Smallest module each layout gives an 8-character code (a 21-module symbol at level Q): what
  // the README's reading distance is worked out from.
  const cases: [Paper, CardLayout, cards: number, widthMm: number, heightMm: number, moduleMm: number][] = [
    ['a4', '1', 1, 190, 277, 6],
    ['a4', '2x4', 8, 95, 69.25, 1.9],
    ['a4', '3x3', 9, 63.33, 92.33, 2.0],
    ['letter', '1', 1, 195.9, 259.4, 5.6],
    ['letter', '2x4', 8, 97.95, 64.85, 1.9],
    ['letter', '3x3', 9, 65.3, 86.47, 1.9],
  ];
  it.each(cases)('%s, %s per page: %i cards of %f × %f mm, modules of at least %f mm', (paper, layout, cards, widthMm, heightMm, moduleMm) => {
    const sheet = cardSheet(paper, layout);
    expect(sheet.cells).toHaveLength(cards);
    for (const cell of sheet.cells) {
      expect(mm(cell.width)).toBeCloseTo(widthMm, 1);
      expect(mm(cell.height)).toBeCloseTo(heightMm, 1);
      // Inside the 10 mm margin every office printer prints.
      expect(mm(cell.x)).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(mm(sheet.width - cell.x - cell.width)).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(mm(sheet.height - cell.y - cell.height)).toBeGreaterThanOrEqual(10 - 1e-9);

      const symbol = qrModules('ABCDEFGH').length;
      expect(symbol).toBe(21);
      const face = cardFace(cell, symbol);
      expect(mm(face.module)).toBeGreaterThanOrEqual(moduleMm);
      // The standard's 4 modules of white from the symbol to the card's edge, on every side.
      const white = face.quiet * face.module + PADDING_MM * PT_PER_MM;
      expect(white).toBeGreaterThanOrEqual(QUIET_MODULES * face.module * 0.999);
      expect(face.quiet).toBeGreaterThanOrEqual(2);
      // The code and the text stay on the card, apart.
      for (const part of [face.qr, face.text]) {
        expect(part.x).toBeGreaterThanOrEqual(cell.x);
        expect(part.y).toBeGreaterThanOrEqual(cell.y);
        expect(part.x + part.width).toBeLessThanOrEqual(cell.x + cell.width + 1e-9);
        expect(part.y + part.height).toBeLessThanOrEqual(cell.y + cell.height + 1e-9);
      }
      const apart = face.text.x >= face.qr.x + face.qr.width || face.text.y >= face.qr.y + face.qr.height;
      expect(apart).toBe(true);
      expect(mm(face.text.height)).toBeGreaterThan(20);
    }
    // One cut between neighbours, and one at each outer edge.
    expect(sheet.cutsX).toHaveLength(Number(layout === '1' ? 1 : layout[0]) + 1);
    expect(sheet.cutsY).toHaveLength(Number(layout === '1' ? 1 : layout[2]) + 1);

    // Two marks for every cut, one at each end, each along its cut and wholly in the margin.
    const marks = cutMarks(sheet);
    expect(marks).toHaveLength(2 * (sheet.cutsX.length + sheet.cutsY.length));
    const inMargin = (v: number, size: number): boolean => v <= sheet.margin || v >= size - sheet.margin;
    for (const mark of marks) {
      const vertical = mark.x1 === mark.x2;
      expect(vertical ? sheet.cutsX : sheet.cutsY).toContain(vertical ? mark.x1 : mark.y1);
      if (vertical) expect([mark.y1, mark.y2].every((y) => inMargin(y, sheet.height))).toBe(true);
      else expect([mark.x1, mark.x2].every((x) => inMargin(x, sheet.width))).toBe(true);
    }
  });
});
