import QRCode from 'qrcode';

/** A QR symbol as one SVG path in module units (no quiet zone), so abutting modules leave no seams. */
export function qrPath(text: string): { size: number; d: string } {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  let d = '';
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; ) {
      if (!data[y * size + x]) {
        x += 1;
        continue;
      }
      const from = x;
      while (x < size && data[y * size + x]) x += 1;
      d += `M${from} ${y}h${x - from}v1h${from - x}z`;
    }
  }
  return { size, d };
}

/** The symbol drawn dark on nothing, scaled to `side` px with its top-left at (x, y). */
export function qrSvg(text: string, x: number, y: number, side: number, colour = '#151515'): string {
  const { size, d } = qrPath(text);
  return `<path transform="translate(${x} ${y}) scale(${side / size})" fill="${colour}" d="${d}"/>`;
}
