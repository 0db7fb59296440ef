import type { CardLayout, Paper } from '../../../shared/domain';
import { cardFace, typeScale } from '../../../shared/print/card-face';
import { cardSheet, cutMarks } from '../../../shared/print/card-sheet';

/** The symbol of an 8-character code: the preview shows where a code goes and how large, not which. */
const PLACEHOLDER_MODULES = 21;

/**
 * The first page of the cards PDF, drawn from the geometry the PDF is printed from: the cards'
 * outlines, the cut marks, and on each card a grey square where its QR code goes and lines for the
 * name, class and code.
 */
export function CardsPagePreview({ paper, layout, paperName }: { paper: Paper; layout: CardLayout; paperName: string }) {
  const sheet = cardSheet(paper, layout);
  return (
    <svg className="page-preview" role="img" aria-label={`First page: ${sheet.cells.length} card${sheet.cells.length === 1 ? '' : 's'} on ${paperName}`} viewBox={`0 0 ${sheet.width} ${sheet.height}`}>
      <rect width={sheet.width} height={sheet.height} fill="white" stroke="#999" />
      {cutMarks(sheet).map((mark) => (
        <line key={`${mark.x1},${mark.y1},${mark.x2},${mark.y2}`} data-part="cut-mark" {...mark} stroke="#777" strokeWidth={1} />
      ))}
      {sheet.cells.map((cell) => {
        const face = cardFace(cell, PLACEHOLDER_MODULES);
        const symbol = PLACEHOLDER_MODULES * face.module;
        const inset = face.quiet * face.module;
        const scale = typeScale(face.text);
        const line = (order: number, size: number): number => face.text.y + size + order * size * 1.5;
        return (
          <g key={`${cell.x},${cell.y}`} data-part="card">
            <rect x={cell.x} y={cell.y} width={cell.width} height={cell.height} fill="none" stroke="#ccc" strokeDasharray="4 3" />
            <rect data-part="qr" x={face.qr.x + inset} y={face.qr.y + inset} width={symbol} height={symbol} fill="#bbb" />
            <text x={face.text.x} y={line(0, 13 * scale)} fontSize={13 * scale} fontWeight="bold" fill="#555">
              Pupil’s name
            </text>
            <text x={face.text.x} y={line(1, 10 * scale) + 3 * scale} fontSize={10 * scale} fill="#777">
              Class
            </text>
            <text x={face.text.x} y={line(2, 14 * scale)} fontSize={14 * scale} fontFamily="monospace" fontWeight="bold" fill="#555">
              CODE
            </text>
          </g>
        );
      })}
    </svg>
  );
}
