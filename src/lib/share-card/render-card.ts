/**
 * Draws a share picture with Skia (@napi-rs/canvas): the layout (card-layout.ts) measured and
 * drawn with Noto Sans SC, the QR code from its modules, then encoded as an indexed PNG
 * (png-encode.ts). A few milliseconds to draw; encoding is most of the cost, so a picture is kept
 * in a cache folder under the name of what it draws (its layout, to the pixel, and the drawing
 * code's version): a build redraws only the lessons that changed.
 */
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeIndexedPng } from './png-encode';
import { cardFontFiles, filesFor, missingCharacters, type FontFile } from './card-fonts';
import {
  CARD_COLOURS,
  cardText,
  layoutShareCard,
  type CardFont,
  type CardLabels,
  type CardLayout,
  type DrawOp,
  type ShareCardContent,
} from './card-layout';

const FAMILY = 'PurseGuardCard';
/** Bump when draw(), drawQr() or the PNG encoding change what a layout turns into. */
const DRAWING_VERSION = 2;
let fontFiles: { dir: string; faces: FontFile[] } | undefined;
const loaded = new Set<string>();

/** Loads the font files these characters need (each once); names any no file holds. */
function loadFontsFor(text: string, name: string): void {
  fontFiles ??= cardFontFiles();
  const missing = missingCharacters(text, fontFiles.faces);
  if (missing.length > 0)
    throw new Error(
      `${name}: no font has ${missing.map((c) => `“${c}”`).join(' ')}; the picture would show empty boxes`,
    );
  for (const face of filesFor(text, fontFiles.faces)) {
    if (loaded.has(face.file)) continue;
    GlobalFonts.registerFromPath(join(fontFiles.dir, face.file), FAMILY);
    loaded.add(face.file);
  }
}

const cssFont = (font: CardFont) => `${font.bold ? '700' : '400'} ${font.size}px ${FAMILY}`;

function drawQr(g: SKRSContext2D, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = Math.floor(size / (modules.size + 2 * quiet));
  const start = Math.round((size - cell * modules.size) / 2);
  g.fillStyle = CARD_COLOURS.paper;
  g.fillRect(x, y, size, size);
  g.fillStyle = '#000000';
  for (let row = 0; row < modules.size; row += 1)
    for (let col = 0; col < modules.size; col += 1)
      if (modules.get(row, col)) g.fillRect(x + start + col * cell, y + start + row * cell, cell, cell);
}

function draw(g: SKRSContext2D, op: DrawOp, url: string): void {
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

function readCached(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function keep(dir: string, file: string, png: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), png);
  } catch {
    // A read-only checkout: the next build draws it again.
  }
}

export interface SharePicture {
  png: Buffer;
  width: number;
  height: number;
}

const layouts = new Map<string, CardLayout>();

/**
 * Where everything on the picture goes, measured in its fonts: once per picture per build (the
 * lesson page asks for its size, the picture's own file for all of it).
 */
export function shareCardLayout(card: ShareCardContent, labels: CardLabels, name: string): CardLayout {
  const id = JSON.stringify(card);
  let layout = layouts.get(id);
  if (!layout) {
    loadFontsFor(cardText(card, labels), name);
    const measuring = createCanvas(1, 1).getContext('2d');
    layout = layoutShareCard(card, labels, (text, font) => {
      measuring.font = cssFont(font);
      return measuring.measureText(text).width;
    });
    layouts.set(id, layout);
  }
  return layout;
}

export async function renderShareCard(
  card: ShareCardContent,
  labels: CardLabels,
  name: string,
  /** Where drawn pictures are kept between builds; none: always drawn. */
  cacheDir?: string,
): Promise<SharePicture> {
  const layout = shareCardLayout(card, labels, name);
  const key = createHash('sha256')
    .update(JSON.stringify({ DRAWING_VERSION, FAMILY, url: card.url, layout }))
    .digest('hex')
    .slice(0, 32);
  const kept = cacheDir ? readCached(join(cacheDir, `${key}.png`)) : undefined;
  if (kept) return { png: kept, width: layout.width, height: layout.height };
  const canvas = createCanvas(layout.width, layout.height);
  const g = canvas.getContext('2d');
  g.fillStyle = CARD_COLOURS.paper;
  g.fillRect(0, 0, layout.width, layout.height);
  g.textBaseline = 'alphabetic';
  for (const op of layout.ops) draw(g, op, card.url);
  // The canvas's own pixels (RGBA), without getImageData's copy.
  const pixels = canvas.data();
  const png = await encodeIndexedPng(pixels, layout.width, layout.height);
  if (cacheDir) keep(cacheDir, `${key}.png`, png);
  return { png, width: layout.width, height: layout.height };
}
