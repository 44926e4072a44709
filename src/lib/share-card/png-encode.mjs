/**
 * A picture with few colours as an indexed PNG (one byte a pixel, a palette of at most 256): a
 * card of text on flat colours is a third of the bytes of the canvas's own RGBA PNG. Where the
 * anti-aliased edges make more than 256 colours, each channel is rounded a little more until
 * they fit (2, 4, 8 levels apart: no visible change on text).
 */
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

/**
 * @param {string} type
 * @param {Uint8Array} data
 * @returns {Buffer}
 */
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The rows as PNG stores them (a filter byte, 0 = none, then one palette index a pixel) and the
 * palette (0xBBGGRR, as a little-endian machine reads a pixel's first three bytes), with channels
 * rounded to `step`; undefined when that makes more than 256 colours.
 */
/**
 * @param {Uint32Array} pixels
 * @param {number} width
 * @param {number} height
 * @param {number} step
 */
function indexRows(pixels, width, height, step) {
  /** @type {Map<number, number>} */
  const palette = new Map();
  const rows = Buffer.alloc((width + 1) * height);
  const round = (/** @type {number} */ v) => (step === 1 ? v : Math.min(255, Math.round(v / step) * step));
  // Most pixels repeat the one before (paper, a box's fill): skip the lookup for them.
  let lastRaw = -1;
  let lastIndex = 0;
  let p = 0;
  for (let y = 0; y < height; y += 1) {
    let out = y * (width + 1) + 1;
    for (let x = 0; x < width; x += 1, p += 1, out += 1) {
      const raw = pixels[p] & 0xffffff;
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
      rows[out] = lastIndex;
    }
  }
  return { palette: [...palette.keys()], rows };
}

/** The pixels four bytes at a time (RGBA in memory), copied only when not aligned for that. */
/**
 * @param {Uint8Array | Uint8ClampedArray} rgba
 * @returns {Uint32Array}
 */
function asWords(rgba) {
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : new Uint8Array(rgba);
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

/** Encodes the picture; the compression runs off the main thread (zlib's thread pool). */
/**
 * @param {Uint8Array | Uint8ClampedArray} rgba  the pixels, RGBA
 * @param {number} width
 * @param {number} height
 * @returns {Promise<Buffer>}
 */
export async function encodeIndexedPng(rgba, width, height) {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1)
    throw new Error('encodeIndexedPng reads pixels as little-endian words');
  const pixels = asWords(rgba);
  /** @type {ReturnType<typeof indexRows>} */
  let indexed;
  for (let step = 1; !(indexed = indexRows(pixels, width, height, step)); step *= 2);
  const { palette, rows } = indexed;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // indexed colour
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((colour, i) => {
    plte[i * 3] = colour & 255;
    plte[i * 3 + 1] = (colour >> 8) & 255;
    plte[i * 3 + 2] = colour >> 16;
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    // Level 3: a third of level 6's time for about a tenth more bytes (pictures stay near 100 KB).
    chunk('IDAT', await deflateAsync(rows, { level: 3 })),
    chunk('IEND', new Uint8Array()),
  ]);
}
