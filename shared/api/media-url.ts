// Cached thumbnails and previews reach the page through the `shootdesk-media:` protocol,
// addressed by the photo's SHA-256: shootdesk-media://<kind>/<sha256>.jpg. Where the file
// sits inside the cache folder is core's business (electron/core/media/write-cache.ts).

export const MEDIA_SCHEME = 'shootdesk-media';
export const MEDIA_KINDS = ['thumb', 'preview'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** The only file name the protocol serves: a lowercase hex SHA-256 and `.jpg`. */
export const MEDIA_FILE_NAME = /^[0-9a-f]{64}\.jpg$/;
