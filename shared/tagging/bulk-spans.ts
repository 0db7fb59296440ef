export interface BulkMark<T> {
  photoId: number;
  target: T;
}

export interface BulkSpan<T> {
  target: T;
  photoIds: number[];
}

export type BulkSpansResult<T> = { ok: true; spans: BulkSpan<T>[] } | { ok: false; outside: number[]; twice: number[] };

/**
 * Bulk tagging's rule: in each camera's stream, a mark starts its subject at the marked photo, which
 * runs to the photo before the next mark of that stream, or to the stream's end. Photos before a
 * stream's first mark are left as they are. A mark on a photo in no stream (a copy), or two marks
 * on one photo, is an error: what the photographer meant is unclear.
 */
export function bulkSpans<T>(streams: readonly (readonly number[])[], marks: readonly BulkMark<T>[]): BulkSpansResult<T> {
  const markAt = new Map<number, BulkMark<T>>();
  const twice: number[] = [];
  for (const mark of marks) {
    if (markAt.has(mark.photoId)) twice.push(mark.photoId);
    markAt.set(mark.photoId, mark);
  }
  const inStreams = new Set(streams.flat());
  const outside = marks.map((mark) => mark.photoId).filter((id) => !inStreams.has(id));
  if (outside.length > 0 || twice.length > 0) return { ok: false, outside, twice };

  const spans: BulkSpan<T>[] = [];
  for (const stream of streams) {
    let open: BulkSpan<T> | undefined;
    for (const photoId of stream) {
      const mark = markAt.get(photoId);
      if (mark) {
        open = { target: mark.target, photoIds: [] };
        spans.push(open);
      }
      open?.photoIds.push(photoId);
    }
  }
  return { ok: true, spans };
}
