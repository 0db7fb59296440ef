import type { OrderedStream } from './order-stream.js';
import type { ShootOrder } from './order-shoot.js';
import type { SortPhoto } from './sort-types.js';

/**
 * An order worked out from a job's photos as scanned (orderShoot), given the same photos as they are
 * now, with the photographer's decisions (manual codes, a card read by hand, hidden, kept unassigned):
 * what orderShoot would give for `photos` themselves, since it reads nothing a decision changes, without
 * working it out again. Each photo keeps what the order derived (the camera it joined, the copy that
 * counts) and takes all else from `photos`. Photos that are not the order's own mean the order is out
 * of date: that is refused, because splitting by it could put a photo in a wrong gallery.
 */
export function withDecisions(order: ShootOrder, photos: readonly SortPhoto[]): ShootOrder {
  if (photos.length !== order.photos.length) throw staleOrder(`${photos.length} photos for an order of ${order.photos.length}`);
  // The input usually comes in the order's own order (both follow the facts read): looked up only where not.
  const byId = new Map<number, SortPhoto>();
  const nowOf = (ordered: SortPhoto, index: number): SortPhoto | undefined => {
    const same = photos[index];
    if (same?.id === ordered.id) return same;
    if (byId.size === 0) for (const photo of photos) byId.set(photo.id, photo);
    return byId.get(ordered.id);
  };
  // Only photos that differ from the ordered ones: on a big job most have no decision and are the very same object.
  const changed = new Map<SortPhoto, SortPhoto>();
  order.photos.forEach((ordered, index) => {
    const photo = nowOf(ordered, index);
    if (photo?.path !== ordered.path || photo.capturedAt !== ordered.capturedAt) throw staleOrder(`photo ${ordered.id} (${ordered.path}) is not as it was ordered`);
    // Most photos have no decision: the ordered one is the photo itself, or the copy the order made of it.
    if (photo === ordered || sameBesidesDerived(photo, ordered)) return;
    const derivedAlike = photo.cameraKey === ordered.cameraKey && photo.duplicateOf === ordered.duplicateOf && photo.joinedFolderCamera === ordered.joinedFolderCamera;
    changed.set(
      ordered,
      derivedAlike
        ? photo
        : { ...photo, cameraKey: ordered.cameraKey, duplicateOf: ordered.duplicateOf, ...(ordered.joinedFolderCamera ? { joinedFolderCamera: true } : {}) },
    );
  });
  if (changed.size === 0) return order;
  // Unreadable frames are no photo of the input: they carry no decision and stay as ordered.
  const rebind = (photo: SortPhoto): SortPhoto => changed.get(photo) ?? photo;
  return {
    photos: order.photos.map(rebind),
    cameras: order.cameras.map((camera) => ({
      cameraKey: camera.cameraKey,
      photos: camera.photos.map(rebind),
      streams: camera.streams.map((stream) => rebindStream(stream, changed, rebind)),
    })),
  };
}

/** What the order step sets on a photo; all else it takes from the photo as it was given. */
const DERIVED: ReadonlySet<string> = new Set(['cameraKey', 'duplicateOf', 'joinedFolderCamera'] satisfies (keyof SortPhoto)[]);

function sameBesidesDerived(photo: SortPhoto, ordered: SortPhoto): boolean {
  const a = photo as unknown as Record<string, unknown>;
  const b = ordered as unknown as Record<string, unknown>;
  const same = (key: string): boolean => DERIVED.has(key) || a[key] === b[key];
  return Object.keys(a).every(same) && Object.keys(b).every(same);
}

function rebindStream(stream: OrderedStream, changed: ReadonlyMap<SortPhoto, SortPhoto>, rebind: (photo: SortPhoto) => SortPhoto): OrderedStream {
  const { mixed } = stream;
  const touches = (photo: SortPhoto | null): boolean => photo !== null && changed.has(photo);
  return {
    cameraKey: stream.cameraKey,
    byFileName: stream.byFileName,
    positions: stream.positions,
    mixed: mixed === null ? null : { ...mixed, earlier: rebind(mixed.earlier), later: rebind(mixed.later) },
    entries: stream.entries.map((entry) => {
      const { photo, placed, pause } = entry;
      if (!touches(photo) && !touches(placed?.previous ?? null) && !touches(placed?.next ?? null) && !touches(pause?.before ?? null) && !touches(pause?.photo ?? null)) {
        return entry;
      }
      return {
        photo: rebind(photo),
        placed:
          placed === null
            ? null
            : { previous: placed.previous === null ? null : rebind(placed.previous), next: placed.next === null ? null : rebind(placed.next) },
        pause: pause === null ? null : { ...pause, before: rebind(pause.before), photo: rebind(pause.photo) },
      };
    }),
  };
}

function staleOrder(why: string): Error {
  return new Error(`The split's order is out of date with the job's photos (${why}): sort the job again.`);
}
