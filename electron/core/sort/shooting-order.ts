import type { ShootOrder } from './order-shoot.js';
import type { SortPhoto } from './sort-types.js';

/**
 * Each camera's photos in the order the split walks them (per camera, by capture time with the
 * counter's corrections, photos without time placed by file name), copies and unreadable frames left
 * out: the order in which a photographer tagging by hand sees "from this photo to the next mark".
 */
export function shootingOrder(order: ShootOrder): SortPhoto[][] {
  return order.cameras.flatMap((camera) => camera.streams.map((stream) => stream.entries.map((entry) => entry.photo).filter((photo) => photo.failure === undefined)));
}
