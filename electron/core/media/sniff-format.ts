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
