/**
 * Draws a share picture from its layout (card-layout.ts: what goes where, measured on the main
 * thread) with Skia (@napi-rs/canvas), the QR code from its modules, and encodes it as an indexed
 * PNG (png-encode.mjs). Plain JavaScript so that it runs in a child process as it is: the build
 * hands pictures to a pool of them (picture-pool.ts) and renders its pages meanwhile.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { encodeIndexedPng } from './png-encode.mjs';

/** The family every font file is registered under (card-fonts.ts picks the files). */
export const CARD_FAMILY = 'PurseGuardCard';
const PAPER = '#ffffff';

/** @type {Set<string>} */
const registered = new Set();

/** @param {readonly string[]} files  font files (absolute paths), each registered once a thread */
export function registerFonts(files) {
  for (const file of files) {
    if (registered.has(file)) continue;
    GlobalFonts.registerFromPath(file, CARD_FAMILY);
    registered.add(file);
  }
}

/** @param {{ size: number; bold: boolean }} font */
export const cssFont = (font) => `${font.bold ? '700' : '400'} ${font.size}px ${CARD_FAMILY}`;

/**
 * @param {import('@napi-rs/canvas').SKRSContext2D} g
 * @param {string} url
 * @param {number} x
 * @param {number} y
 * @param {number} size
 */
function drawQr(g, url, x, y, size) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = Math.floor(size / (modules.size + 2 * quiet));
  const start = Math.round((size - cell * modules.size) / 2);
  g.fillStyle = PAPER;
  g.fillRect(x, y, size, size);
  g.fillStyle = '#000000';
  for (let row = 0; row < modules.size; row += 1)
    for (let col = 0; col < modules.size; col += 1)
      if (modules.get(row, col)) g.fillRect(x + start + col * cell, y + start + row * cell, cell, cell);
}

/**
 * @typedef {object} DrawJob
 * @property {number} width
 * @property {number} height
 * @property {readonly any[]} ops  card-layout.ts's DrawOp list
 * @property {string} url  what the QR code opens
 * @property {readonly string[]} fonts  the font files its text needs
 */

/**
 * @param {DrawJob} job
 * @returns {Promise<Buffer>}
 */
export async function drawCard({ width, height, ops, url, fonts }) {
  registerFonts(fonts);
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  g.fillStyle = PAPER;
  g.fillRect(0, 0, width, height);
  g.textBaseline = 'alphabetic';
  for (const op of ops) {
    if (op.kind === 'text') {
      g.font = cssFont(op.font);
      g.fillStyle = op.colour;
      g.fillText(op.text, op.x, op.y);
    } else if (op.kind === 'rect') {
      g.beginPath();
      g.roundRect(op.x, op.y, op.width, op.height, op.radius ?? 0);
      g.fillStyle = op.fill;
      g.fill();
      if (op.stroke) {
        g.lineWidth = op.line ?? 1;
        g.strokeStyle = op.stroke;
        g.stroke();
      }
    } else drawQr(g, url, op.x, op.y, op.size);
  }
  // The canvas's own pixels (RGBA), without getImageData's copy.
  return encodeIndexedPng(canvas.data(), width, height);
}

// In a child process (picture-pool.ts): draw what the pool sends, one job at a time, and send the
// PNG back.
if (process.send && process.env.PURSE_GUARD_PICTURE_PROCESS === '1') {
  const send = process.send.bind(process);
  process.on('message', (/** @type {{ id: number; job: DrawJob }} */ { id, job }) => {
    drawCard(job).then(
      (png) => send({ id, png }),
      (error) => send({ id, error: String(error?.stack ?? error) }),
    );
  });
}
