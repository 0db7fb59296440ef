/** One channel, 8 bits per pixel (luminance), row-major, no padding. */
export interface GreyFrame {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface QrDetection {
  /** Every payload decoded in the frame, deduplicated, in reading order. */
  codes: string[];
  /**
   * Per code (same order), the side of its largest symbol as a fraction of the frame's long edge. A card
   * held up to the camera is large; the next pupil's card in the background is small (design §2.3).
   * Null where it is unknown (photos analysed before sizes were kept).
   */
  sizes: (number | null)[];
  /** A QR symbol (finder patterns, or a symbol a decoder located) is present that no decoder could read. */
  undecodable: boolean;
  /** The frame looks like a card photo (e.g. a large plain white card) even if no symbol was seen. */
  cardLike: boolean;
}
