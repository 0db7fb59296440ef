import type { MethodOutput } from '../../shared/api/contract.js';
import type { PhotoInfo } from '../../renderer/src/workspace/view-photos.js';

/** A photo list written one photo at a time, as `photos.list` sends it: column by column. */
export function photoColumns(rows: readonly PhotoInfo[]): MethodOutput<'photos.list'> {
  const cameras = [...new Set(rows.map((row) => row.camera))];
  const placesOf = (wanted: (row: PhotoInfo) => boolean): number[] => rows.flatMap((row, at) => (wanted(row) ? [at] : []));
  return {
    names: rows.map((row) => row.name),
    sha256: rows.map((row) => row.sha256),
    cameras,
    camera: rows.map((row) => cameras.indexOf(row.camera)),
    takenAt: rows.map((row) => row.takenAt),
    cards: placesOf((row) => row.kind === 'card'),
    hiddenByHand: placesOf((row) => row.hiddenByHand),
    keptUnassigned: placesOf((row) => row.keptUnassigned),
  };
}
