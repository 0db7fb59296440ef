import QRCode from 'qrcode';

/**
 * Error correction level Q: a quarter of the symbol may be lost (a thumb over a corner of the card,
 * a crease) and the code still reads. An 8-character code still fits the smallest symbol (21×21).
 */
const CARD_ERROR_CORRECTION = 'Q';

/** The QR symbol of a card's payload as rows of dark (true) and light modules. */
export function qrModules(payload: string): boolean[][] {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: CARD_ERROR_CORRECTION });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, column) => modules.get(row, column) === 1));
}
