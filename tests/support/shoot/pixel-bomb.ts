/**
 * A valid baseline greyscale JPEG of any size whose every 8×8 block is flat grey: with one-symbol Huffman
 * tables a block costs 2 bits, so 120 MP fits in about half a megabyte, and encoding takes no time at all.
 */
export function pixelBombJpeg(width: number, height: number): Buffer {
  const segment = (marker: number, body: number[]): Buffer => Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 255, ...body]);
  const quantisation = segment(0xdb, [0, ...new Array<number>(64).fill(1)]);
  const frame = segment(0xc0, [8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0]);
  // One code of length 1 per table: DC difference 0 and AC end-of-block are both the bit '0'.
  const huffman = (tableClass: number): Buffer => segment(0xc4, [tableClass << 4, 1, ...new Array<number>(15).fill(0), 0]);
  const scan = segment(0xda, [1, 1, 0x00, 0, 63, 0]);
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = blocks * 2;
  const data = Buffer.alloc(Math.ceil(bits / 8));
  // Pad the last byte with 1-bits, as the standard asks.
  if (bits % 8 !== 0) data[data.length - 1] = 0xff >> bits % 8;
  return Buffer.concat([Buffer.from([0xff, 0xd8]), quantisation, frame, huffman(0), huffman(1), scan, data, Buffer.from([0xff, 0xd9])]);
}
