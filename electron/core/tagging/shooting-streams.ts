import type { Db } from '../db/open-db.js';
import { loadSortInput } from '../jobs/load-sort-input.js';
import { shootingOrder } from '../sort/shooting-order.js';

/**
 * The filmstrip of bulk tagging: each camera's photos in the order `bulkTag` spans them, so what
 * the photographer marks on screen is exactly what is applied.
 */
export function shootingStreams(db: Db, jobId: number, folder: string): { photos: string[] }[] {
  return shootingOrder(loadSortInput(db, jobId, folder).order).map((stream) => ({ photos: stream.map((photo) => photo.path) }));
}
