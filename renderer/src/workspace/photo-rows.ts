import type { MethodOutput } from '../../../shared/api/contract';
import type { PhotoInfo } from './view-photos';

/** The photo list as it comes, column by column, made into one entry per photo. */
export function photoRows(list: MethodOutput<'photos.list'>): PhotoInfo[] {
  const cards = new Set(list.cards);
  const hidden = new Set(list.hiddenByHand);
  const kept = new Set(list.keptUnassigned);
  return list.names.map((name, at) => ({
    name,
    sha256: list.sha256[at] ?? null,
    camera: list.cameras[list.camera[at] ?? -1] ?? '',
    takenAt: list.takenAt[at] ?? null,
    kind: cards.has(at) ? 'card' : 'photo',
    hiddenByHand: hidden.has(at),
    keptUnassigned: kept.has(at),
  }));
}
