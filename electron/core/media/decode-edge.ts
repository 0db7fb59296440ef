/**
 * The smallest long edge of a preview and QR frame chosen for speed: the generated test shoots are
 * 1200 px wide and every card in them, the small cards of pupils queueing in the background
 * included, is read at that size.
 */
export const MIN_FAST_EDGE = 1200;

/**
 * The long edge to decode a photo to, given the one asked for. libjpeg decodes at 1/2, 1/4 or 1/8
 * scale, and sharp takes 1/4 only when the shrink is 5 or more (between 4 and 5 it keeps 1/2 for
 * libjpeg's rounding): a 24-MP photo asked for at 1500 px is decoded at 3000×2000 and reduced,
 * 35–55 ms more CPU per photo than at 1200 px, which decodes at 1/4 (1500×1000) and reduces. So a JPEG
 * whose long edge allows a 1/4-scale decode to a frame of at least MIN_FAST_EDGE is asked for at the
 * largest such edge (1200 px for 6000-px photos, 1344 for 6720); smaller photos, which gain nothing,
 * and larger ones, already at 1/4, keep the edge asked for.
 */
export function decodeEdge(format: string | undefined, longEdge: number, asked: number): number {
  if (format !== 'jpeg') return asked;
  const quarterScale = Math.floor(longEdge / 5);
  return quarterScale >= MIN_FAST_EDGE && quarterScale < asked ? quarterScale : asked;
}
