/**
 * A picture with few colours as an indexed PNG (one byte a pixel, a palette of at most 256): a
 * card of text on flat colours is a third of the bytes of the canvas's own RGBA PNG. Where the
 * anti-aliased edges make more than 256 colours, each channel is rounded a little more until
 * they fit (2, 4, 8 levels apart: no visible change on text).
 */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The palette index of every pixel (opaque RGB), with channels rounded to `step`. */
function indexPixels(rgba: Uint8Array | Uint8ClampedArray, step: number) {
  const palette = new Map<number, number>();
  const indices = new Uint8Array(rgba.length / 4);
  const round = (v: number) => (step === 1 ? v : Math.min(255, Math.round(v / step) * step));
  // Most pixels repeat the one before (paper, a box's fill): skip the lookup for them.
  let lastRaw = -1;
  let lastIndex = 0;
  for (let p = 0, i = 0; p < indices.length; p += 1, i += 4) {
    const raw = ((rgba[i] ?? 0) << 16) | ((rgba[i + 1] ?? 0) << 8) | (rgba[i + 2] ?? 0);
    if (raw !== lastRaw) {
      const colour = (round(raw >> 16) << 16) | (round((raw >> 8) & 255) << 8) | round(raw & 255);
      let index = palette.get(colour);
      if (index === undefined) {
        if (palette.size === 256) return undefined;
        index = palette.size;
        palette.set(colour, index);
      }
      lastRaw = raw;
      lastIndex = index;
    }
    indices[p] = lastIndex;
  }
  return { palette: [...palette.keys()], indices };
}

export function encodeIndexedPng(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): Buffer {
  let indexed: ReturnType<typeof indexPixels>;
  for (let step = 1; !(indexed = indexPixels(rgba, step)); step *= 2);
  const { palette, indices } = indexed;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // indexed colour
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((colour, i) => {
    plte[i * 3] = colour >> 16;
    plte[i * 3 + 1] = (colour >> 8) & 255;
    plte[i * 3 + 2] = colour & 255;
  });
  // Each row: filter type 0 (none, as the PNG book advises for palettes), then its indices.
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1)
    rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', new Uint8Array()),
  ]);
}
