import type { CardLayout, Paper } from '../domain.js';

/** Points per millimetre: PDF pages are measured in points (1/72 inch). */
export const PT_PER_MM = 72 / 25.4;

const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};
const GRID: Record<CardLayout, { columns: number; rows: number }> = {
  '1': { columns: 1, rows: 1 },
  '2x4': { columns: 2, rows: 4 },
  '3x3': { columns: 3, rows: 3 },
};
/** Every office printer prints this close to the edge; the cut marks sit in this margin. */
const MARGIN_MM = 10;

/** A rectangle in points, from the page's top left corner (as PDFKit draws). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardSheet {
  width: number;
  height: number;
  margin: number;
  /** The cards of one page, row by row: they touch, so one straight cut separates two. */
  cells: Rect[];
  /** Where the vertical and the horizontal cuts run: the cut marks in the margin show them. */
  cutsX: number[];
  cutsY: number[];
}

/** The paper's size in points. */
export function pageSize(paper: Paper): { width: number; height: number } {
  const page = PAPER_MM[paper];
  return { width: page.width * PT_PER_MM, height: page.height * PT_PER_MM };
}

/** One page of cards: the printable area inside the margin divided into the layout's grid. */
export function cardSheet(paper: Paper, layout: CardLayout): CardSheet {
  const { width, height } = pageSize(paper);
  const { columns, rows } = GRID[layout];
  const margin = MARGIN_MM * PT_PER_MM;
  const cellWidth = (width - 2 * margin) / columns;
  const cellHeight = (height - 2 * margin) / rows;
  const cells: Rect[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      cells.push({ x: margin + column * cellWidth, y: margin + row * cellHeight, width: cellWidth, height: cellHeight });
    }
  }
  return {
    width,
    height,
    margin,
    cells,
    cutsX: Array.from({ length: columns + 1 }, (_, i) => margin + i * cellWidth),
    cutsY: Array.from({ length: rows + 1 }, (_, i) => margin + i * cellHeight),
  };
}

/** A straight line from (x1, y1) to (x2, y2), points. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Short lines in the margin along every cut, none over a card: the grid of cards is cut with a
 * ruler or a guillotine, and a line on the card itself would be printed on the pupil's card.
 */
export function cutMarks(sheet: CardSheet): Segment[] {
  const near = sheet.margin * 0.2;
  const far = sheet.margin * 0.8;
  return [
    ...sheet.cutsX.flatMap((x) => [
      { x1: x, y1: near, x2: x, y2: far },
      { x1: x, y1: sheet.height - far, x2: x, y2: sheet.height - near },
    ]),
    ...sheet.cutsY.flatMap((y) => [
      { x1: near, y1: y, x2: far, y2: y },
      { x1: sheet.width - far, y1: y, x2: sheet.width - near, y2: y },
    ]),
  ];
}
