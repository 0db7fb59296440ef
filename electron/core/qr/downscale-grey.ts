import type { GreyFrame } from './qr-types.js';

/**
 * Area-average (box) downscale so the long edge is at most `maxLongEdge`.
 * Box filtering keeps module edges crisp enough for the decoders while averaging away
 * JPEG and sensor noise; plain JS is fast enough (~3 ms for 1500 → 640) that it is not
 * worth a trip through sharp for a buffer that is already raw.
 */
export function downscaleGrey(frame: GreyFrame, maxLongEdge: number): GreyFrame {
  const { width, height, data } = frame;
  const longEdge = Math.max(width, height);
  if (longEdge <= maxLongEdge) return frame;
  const outW = Math.max(1, Math.round((width * maxLongEdge) / longEdge));
  const outH = Math.max(1, Math.round((height * maxLongEdge) / longEdge));
  const xEdges = boxEdges(width, outW);
  const yEdges = boxEdges(height, outH);
  const out = new Uint8Array(outW * outH);
  const columnSums = new Uint32Array(outW);
  for (let oy = 0; oy < outH; oy++) {
    const y0 = yEdges[oy] ?? 0;
    const y1 = yEdges[oy + 1] ?? height;
    columnSums.fill(0);
    for (let y = y0; y < y1; y++) {
      const row = y * width;
      for (let ox = 0; ox < outW; ox++) {
        const x1 = xEdges[ox + 1] ?? width;
        let sum = 0;
        for (let x = xEdges[ox] ?? 0; x < x1; x++) sum += data[row + x] ?? 0;
        columnSums[ox] = (columnSums[ox] ?? 0) + sum;
      }
    }
    const rowsInBox = y1 - y0;
    for (let ox = 0; ox < outW; ox++) {
      const area = rowsInBox * ((xEdges[ox + 1] ?? width) - (xEdges[ox] ?? 0));
      out[oy * outW + ox] = Math.round((columnSums[ox] ?? 0) / area);
    }
  }
  return { data: out, width: outW, height: outH };
}

function boxEdges(sourceLength: number, targetLength: number): Int32Array {
  const edges = new Int32Array(targetLength + 1);
  for (let i = 0; i <= targetLength; i++) edges[i] = Math.floor((i * sourceLength) / targetLength);
  return edges;
}
