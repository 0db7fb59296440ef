import { bulkSpans } from '../../../shared/tagging/bulk-spans';
import type { MarkTarget } from '../store/bulk-slice';
import type { SubjectRow } from '../store/workspace-slice';

export interface BulkAnnotation {
  /** On a marked photo: whose subject starts here. */
  mark?: string;
  /** Where the photo goes when the marks are applied; absent before a camera's first mark. */
  target?: string;
}

/**
 * The live preview while marking: the same rule (shared/tagging/bulk-spans.ts) that core applies,
 * run on the filmstrip, so what she sees before "Apply" is what apply does. New spares are numbered
 * in filmstrip order, as they will be created.
 */
export function bulkPreview(streams: readonly (readonly string[])[], marks: ReadonlyMap<string, MarkTarget>, subjects: readonly SubjectRow[]): Map<string, BulkAnnotation> {
  const flat = streams.flat();
  const idOf = new Map(flat.map((name, i) => [name, i]));
  const ids = streams.map((stream) => stream.map((name) => idOf.get(name) ?? -1));
  const result = bulkSpans(
    ids,
    [...marks].flatMap(([photo, target]) => {
      const photoId = idOf.get(photo);
      return photoId === undefined ? [] : [{ photoId, target }];
    }),
  );
  const annotations = new Map<string, BulkAnnotation>();
  if (!result.ok) return annotations;
  const nameOf = new Map(subjects.map((s) => [s.code, `${s.firstName} ${s.lastName}`]));
  let spares = 0;
  for (const span of result.spans) {
    const label = span.target === null ? `New spare ${(spares += 1)}` : (nameOf.get(span.target) ?? span.target);
    span.photoIds.forEach((id, i) => {
      const name = flat[id];
      if (name !== undefined) annotations.set(name, i === 0 ? { mark: label, target: label } : { target: label });
    });
  }
  return annotations;
}
