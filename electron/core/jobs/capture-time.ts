const EXIF_DATE = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;

type Fields<T> = [year: T, month: T, day: T, hour: T, minute: T, second: T];

/** The date and time fields of a DateTimeOriginal, as written, or null when it is no real clock reading. */
function clockFields(dateTimeOriginal: string | null): Fields<string> | null {
  const match = dateTimeOriginal ? EXIF_DATE.exec(dateTimeOriginal) : null;
  if (!match) return null;
  const fields = match.slice(1) as Fields<string>;
  const [y, mo, d, h, mi, s] = fields.map(Number) as Fields<number>;
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  return fields;
}

/**
 * DateTimeOriginal + SubSecTimeOriginal as milliseconds on the camera's own clock. The clock is
 * naive local time, so it is read as UTC: only differences within one camera are ever used.
 */
export function captureTimeMs(dateTimeOriginal: string | null, subSec: string | null): number | null {
  const fields = clockFields(dateTimeOriginal);
  if (!fields) return null;
  const [y, mo, d, h, mi, s] = fields.map(Number) as Fields<number>;
  // SubSec is a decimal fraction written as digits: '07' is 70 ms, '5' is 500 ms, '123456' is 123.456 ms.
  const digits = (subSec ?? '').trim().match(/^\d+/)?.[0] ?? '';
  const fraction = digits ? Number(`0.${digits}`) * 1000 : 0;
  return Date.UTC(y, mo - 1, d, h, mi, s) + fraction;
}

/**
 * DateTimeOriginal as ISO 8601 without zone ('2026-05-04T10:11:12'), or null where the sort sees no
 * capture time either: the page then shows the same photos as untimed that the sort placed as such.
 */
export function captureTimeIso(dateTimeOriginal: string | null): string | null {
  const fields = clockFields(dateTimeOriginal);
  if (!fields) return null;
  const [y, mo, d, h, mi, s] = fields;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}`;
}
