import { join } from 'node:path';
import { nowIso, type Db } from '../db/open-db.js';
import { uploadCopy } from '../media/upload-copy.js';
import type { OutboxMark, ShopState } from './shop-writes.js';
import type { UploadSize } from './sync-settings.js';
import { uploadChoice } from './upload-choice.js';

/**
 * The drain's `prepare` for the upload-size setting: a photo sent resized has its record declare the
 * copy's hash and size, and its bytes come from the copy in the cache; the original is only read.
 */
export function withUploadSize(db: Db, cacheDir: string, setting: () => UploadSize): (mark: OutboxMark, state: ShopState) => Promise<ShopState> {
  const chosen = db.prepare('SELECT resized FROM sync_photo_bytes WHERE photo_id = ?').pluck();
  const choose = db.prepare('INSERT INTO sync_photo_bytes (photo_id, resized, chosen_at) VALUES (?, ?, ?) ON CONFLICT (photo_id) DO NOTHING');
  const original = db.prepare('SELECT root, rel_path AS relPath, sha256 FROM photos WHERE id = ?');
  return async (mark, state) => {
    if (mark.kind !== 'photo') return state;
    const before = chosen.get(mark.entityId) as 0 | 1 | undefined;
    const choice = uploadChoice(setting(), before === undefined ? null : before === 1 ? 'resized' : 'original', state.bytes !== null);
    if (choice === null) return state;
    if (before === undefined) choose.run(mark.entityId, choice === 'resized' ? 1 : 0, nowIso());
    if (choice === 'original') return state;
    const photo = original.get(mark.entityId) as { root: string; relPath: string; sha256: string };
    const copy = await uploadCopy(cacheDir, join(photo.root, photo.relPath), photo.sha256);
    const declared = { sha256: copy.sha256, size: copy.size };
    return {
      writes: state.writes.map((write) => (write.method === 'PUT' ? { ...write, body: { ...write.body, ...declared } } : write)),
      bytes: state.bytes && { ...state.bytes, file: copy.file, ...declared },
    };
  };
}
