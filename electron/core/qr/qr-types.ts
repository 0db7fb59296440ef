/** One channel, 8 bits per pixel (luminance), row-major, no padding. */
export interface GreyFrame {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface QrDetection {
  /** Every payload decoded in the frame, deduplicated, in reading order. */
  codes: string[];
  /** A QR symbol (finder patterns, or a symbol a decoder located) is present that no decoder could read. */
  undecodable: boolean;
  /** The frame looks like a card photo (e.g. a large plain white card) even if no symbol was seen. */
  cardLike: boolean;
}
