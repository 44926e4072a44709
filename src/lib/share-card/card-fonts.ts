/**
 * The Chinese type of the share pictures: Noto Sans SC from @fontsource (SIL Open Font License),
 * which comes split into ~100 files per weight by Unicode range. Only the files holding the
 * pictures' characters are loaded, each once per build, all under one family name: the canvas
 * finds each character in the file that has it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type CardWeight = 400 | 700;

export interface FontFile {
  /** The file's name in the package's files/ folder. */
  file: string;
  weight: CardWeight;
  ranges: readonly (readonly [number, number])[];
}

/** The @font-face rules of one of the package's stylesheets (400.css): file and code points. */
export function parseFontFaces(css: string, weight: CardWeight): FontFile[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, rule = '']) => {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(rule)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
    if (!file || !range) return [];
    const ranges = range.split(',').map((part) => {
      const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
    });
    return [{ file, weight, ranges }];
  });
}

/**
 * Which files hold a character, found once per character: a picture has a few hundred distinct
 * characters against ~200 files of up to ~100 ranges each, and the build looks for every picture's.
 */
const holders = new WeakMap<readonly FontFile[], Map<number, readonly FontFile[]>>();

function filesHolding(point: number, faces: readonly FontFile[]): readonly FontFile[] {
  let known = holders.get(faces);
  if (!known) holders.set(faces, (known = new Map()));
  let found = known.get(point);
  if (!found) {
    found = faces.filter((face) => face.ranges.some(([from, to]) => point >= from && point <= to));
    known.set(point, found);
  }
  return found;
}

/** The files that hold these characters, in the stylesheet's order. */
export function filesFor(text: string, faces: readonly FontFile[]): FontFile[] {
  const needed = new Set<FontFile>();
  for (const char of new Set(text))
    for (const face of filesHolding(char.codePointAt(0) ?? 0, faces)) needed.add(face);
  return faces.filter((face) => needed.has(face));
}

/** Characters no font file holds (the build stops on them: they would print as empty boxes). */
export function missingCharacters(text: string, faces: readonly FontFile[]): string[] {
  return [...new Set(text)].filter(
    (char) => !/\s/.test(char) && filesHolding(char.codePointAt(0) ?? 0, faces).length === 0,
  );
}

/** The package's files and the characters each holds, both weights. */
export function cardFontFiles(): { dir: string; faces: FontFile[] } {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@fontsource/noto-sans-sc/400.css'));
  const faces = ([400, 700] as const).flatMap((weight) =>
    parseFontFaces(readFileSync(join(dir, `${weight}.css`), 'utf8'), weight),
  );
  return { dir: join(dir, 'files'), faces };
}
