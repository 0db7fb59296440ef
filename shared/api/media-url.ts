// Cached thumbnails and previews reach the page through the `shootdesk-media:` protocol,
// addressed by the photo's SHA-256: shootdesk-media://<kind>/<sha256>.jpg. Where the file
// sits inside the cache folder is core's business (electron/core/media/write-cache.ts).

export const MEDIA_SCHEME = 'shootdesk-media';
export const MEDIA_KINDS = ['thumb', 'preview'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** The only file name the protocol serves: a lowercase hex SHA-256 and `.jpg`. */
export const MEDIA_FILE_NAME = /^[0-9a-f]{64}\.jpg$/;

/**
 * `<kind>/<sha256>.jpg`, the part of a media URL both bridges share. Throws on anything else: the
 * page builds URLs from API answers, and a value that is no hash is a bug to see, not a 404 to miss.
 */
export function mediaFilePath(kind: MediaKind, sha256: string): string {
  if (!MEDIA_KINDS.includes(kind)) throw new Error(`not a media kind: ${JSON.stringify(kind)}`);
  const fileName = `${sha256}.jpg`;
  if (!MEDIA_FILE_NAME.test(fileName)) throw new Error(`not a lower-case SHA-256 hex digest: ${JSON.stringify(sha256)}`);
  return `${kind}/${fileName}`;
}
