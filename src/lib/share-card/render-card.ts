/**
 * A share picture: its layout (card-layout.ts) measured on the main thread in Noto Sans SC, then
 * drawn and encoded in a child process (draw-card.mjs, picture-pool.ts) while the build goes on.
 * A picture is kept in a cache folder under the name of what it draws (its layout, to the pixel,
 * and the drawing code's version): a build redraws only the lessons that changed.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_FAMILY, cssFont } from './draw-card.mjs';
import { cardFontFiles, filesFor, missingCharacters, type FontFile } from './card-fonts';
import {
  cardText,
  layoutShareCard,
  type CardLabels,
  type CardLayout,
  type ShareCardContent,
} from './card-layout';
import { drawInWorker } from './picture-pool';

/** Bump when draw(), drawQr() or the PNG encoding change what a layout turns into. */
const DRAWING_VERSION = 2;
let fontFiles: { dir: string; faces: FontFile[] } | undefined;
const loaded = new Set<string>();

/** Loads the font files these characters need (each once) and names them; names any character no file holds. */
function loadFontsFor(text: string, name: string): string[] {
  fontFiles ??= cardFontFiles();
  const missing = missingCharacters(text, fontFiles.faces);
  if (missing.length > 0)
    throw new Error(
      `${name}: no font has ${missing.map((c) => `“${c}”`).join(' ')}; the picture would show empty boxes`,
    );
  const files = filesFor(text, fontFiles.faces).map((face) => join(fontFiles?.dir ?? '', face.file));
  for (const file of files) {
    if (loaded.has(file)) continue;
    GlobalFonts.registerFromPath(file, CARD_FAMILY);
    loaded.add(file);
  }
  return files;
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

const layouts = new Map<string, { layout: CardLayout; fonts: string[] }>();

/**
 * Where everything on the picture goes, measured in its fonts: once per picture per build (the
 * lesson page asks for its size, the picture's own file for all of it).
 */
export function shareCardLayout(card: ShareCardContent, labels: CardLabels, name: string): CardLayout {
  return measured(card, labels, name).layout;
}

function measured(card: ShareCardContent, labels: CardLabels, name: string) {
  const id = JSON.stringify(card);
  let found = layouts.get(id);
  if (!found) {
    const fonts = loadFontsFor(cardText(card, labels), name);
    const measuring = createCanvas(1, 1).getContext('2d');
    const layout = layoutShareCard(card, labels, (text, font) => {
      measuring.font = cssFont(font);
      return measuring.measureText(text).width;
    });
    found = { layout, fonts };
    layouts.set(id, found);
  }
  return found;
}

export async function renderShareCard(
  card: ShareCardContent,
  labels: CardLabels,
  name: string,
  /** Where drawn pictures are kept between builds; none: always drawn. */
  cacheDir?: string,
): Promise<SharePicture> {
  const { layout, fonts } = measured(card, labels, name);
  const key = createHash('sha256')
    .update(JSON.stringify({ DRAWING_VERSION, CARD_FAMILY, url: card.url, layout }))
    .digest('hex')
    .slice(0, 32);
  const kept = cacheDir ? readCached(join(cacheDir, `${key}.png`)) : undefined;
  if (kept) return { png: kept, width: layout.width, height: layout.height };
  const png = await drawInWorker({ ...layout, url: card.url, fonts });
  if (cacheDir) keep(cacheDir, `${key}.png`, png);
  return { png, width: layout.width, height: layout.height };
}
