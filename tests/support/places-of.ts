import type { SortReport } from '../../shared/domain.js';

/** Where each photo is: the codes of the galleries that show it, to compare with a shoot's truth. */
export function placesOf(report: SortReport): Map<string, string[]> {
  const places = new Map<string, string[]>();
  for (const gallery of report.galleries) for (const photo of gallery.photos) places.set(photo, [...(places.get(photo) ?? []), gallery.code]);
  return places;
}
