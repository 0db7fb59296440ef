/**
 * Names the container of files sharp cannot open, so the message can tell the
 * photographer what to do (iPhones write HEIC; the bundled libvips has no HEVC decoder).
 */
export function sniffUnsupportedFormat(input: Buffer): string | null {
  if (input.length >= 12 && input.toString('latin1', 4, 8) === 'ftyp') {
    const brand = input.toString('latin1', 8, 12);
    if (/^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(brand)) return 'HEIC';
  }
  return null;
}

/**
 * Whether the content starts with the signature of a photo format. A file that starts like a photo
 * but does not open is damaged, not foreign: TIFF and AVIF keep their directory at the end, so one
 * cut short by a pulled card fails as if it were no image at all.
 */
export function startsLikePhoto(input: Buffer): boolean {
  const head = input.toString('latin1', 0, 12);
  return (
    head.startsWith('\xff\xd8\xff') || // JPEG
    head.startsWith('\x89PNG\r\n\x1a\n') ||
    head.startsWith('II*\0') || // TIFF, little-endian
    head.startsWith('MM\0*') || // TIFF, big-endian
    (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') ||
    head.startsWith('GIF87a') ||
    head.startsWith('GIF89a') ||
    (head.slice(4, 8) === 'ftyp' && ftypBrands(input).some((brand) => brand === 'avif' || brand === 'avis'))
  );
}

/** The major and compatible brands of an ISO-BMFF file's leading ftyp box. */
function ftypBrands(input: Buffer): string[] {
  const end = Math.min(input.length, input.readUInt32BE(0));
  const brands = [input.toString('latin1', 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(input.toString('latin1', at, at + 4));
  return brands;
}
