import { describe, expect, it } from 'vitest';
import { contactSheet, gatherGroups, pagesByGroup, ROWS_PER_PAGE } from '../../../electron/core/print/contact-sheet-layout.js';
import { qrModules } from '../../../electron/core/print/qr-modules.js';
import type { Paper } from '../../../shared/domain.js';
import { cardFace } from '../../../shared/print/card-face.js';
import { PT_PER_MM } from '../../../shared/print/card-sheet.js';

const mm = (pt: number): number => pt / PT_PER_MM;

describe('contact sheet pages', () => {
  // A strip's height and its QR module for an 8-character code (21 modules): a phone reads 0.9 mm
  // modules from 20 cm, and pdftoppm's 150 dpi render gives the decoder 5 px each.
  const papers: [Paper, stripMm: number, moduleMm: number][] = [
    ['a4', 31.9, 0.955],
    ['letter', 29.7, 0.87],
  ];
  it.each(papers)(`%s: ${ROWS_PER_PAGE} strips of %f mm, modules of %f mm, all inside a 12 mm margin under the header`, (paper, stripMm, moduleMm) => {
    const sheet = contactSheet(paper);
    expect(sheet.rows).toHaveLength(ROWS_PER_PAGE);
    expect(mm(sheet.header.y)).toBeCloseTo(12, 5);
    let top = sheet.header.y + sheet.header.height;
    for (const row of sheet.rows) {
      // They touch: one cut between two strips.
      expect(row.y).toBeCloseTo(top, 6);
      top = row.y + row.height;
      expect(mm(row.height)).toBeCloseTo(stripMm, 1);
      expect(mm(row.x)).toBeCloseTo(12, 5);
      expect(mm(sheet.width - row.x - row.width)).toBeCloseTo(12, 5);
      const face = cardFace(row, qrModules('ABCDEFGH').length);
      expect(mm(face.module)).toBeCloseTo(moduleMm, 2);
      // The code on the left, the text beside it, both on the strip.
      expect(face.text.x).toBeGreaterThan(face.qr.x + face.qr.width);
      expect(face.qr.y + face.qr.height).toBeLessThanOrEqual(row.y + row.height);
      expect(mm(face.text.width)).toBeGreaterThan(120);
    }
    expect(mm(sheet.height - top)).toBeCloseTo(12, 5);
  });

  const groups = (...sizes: [string, number][]) => sizes.map(([group, n]) => ({ group, members: Array.from({ length: n }, (_, i) => `${group}${i + 1}`) }));
  it.each([
    { name: 'one short class', groups: groups(['1A', 3]), perPage: 8, pages: [['1A', 1, 1, ['1A1', '1A2', '1A3']]] },
    { name: 'a class of exactly one page', groups: groups(['1A', 2]), perPage: 2, pages: [['1A', 1, 1, ['1A1', '1A2']]] },
    {
      name: 'a class spilling over, then a class that never shares its page',
      groups: groups(['1A', 3], ['1B', 1]),
      perPage: 2,
      pages: [
        ['1A', 1, 2, ['1A1', '1A2']],
        ['1A', 2, 2, ['1A3']],
        ['1B', 1, 1, ['1B1']],
      ],
    },
    { name: 'an empty group prints no page', groups: groups(['1A', 0], ['1B', 1]), perPage: 8, pages: [['1B', 1, 1, ['1B1']]] },
    { name: 'no groups', groups: [], perPage: 8, pages: [] },
  ])('$name', ({ groups: given, perPage, pages }) => {
    expect(pagesByGroup(given, perPage).map((p) => [p.group, p.page, p.pages, p.members])).toEqual(pages);
  });

  it('gathers subjects by group where each group first came, keeping their order within it', () => {
    const subjects = [
      { group: '1A', name: 'a' },
      { group: '1B', name: 'b' },
      { group: '1A', name: 'c' },
      { group: '', name: 'd' },
      { group: '1b', name: 'e' },
    ];
    expect(gatherGroups(subjects).map(({ group, members }) => [group, members.map((m) => m.name)])).toEqual([
      ['1A', ['a', 'c']],
      ['1B', ['b']],
      ['', ['d']],
      ['1b', ['e']],
    ]);
  });
});
