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

/** The files that hold these characters, in the stylesheet's order. */
export function filesFor(text: string, faces: readonly FontFile[]): FontFile[] {
  const points = [...new Set([...text].map((char) => char.codePointAt(0) ?? 0))];
  return faces.filter((face) => points.some((p) => face.ranges.some(([from, to]) => p >= from && p <= to)));
}

/** Characters no font file holds (the build stops on them: they would print as empty boxes). */
export function missingCharacters(text: string, faces: readonly FontFile[]): string[] {
  return [...new Set([...text])].filter(
    (char) =>
      !/\s/.test(char) &&
      !faces.some((face) =>
        face.ranges.some(
          ([from, to]) => (char.codePointAt(0) ?? 0) >= from && (char.codePointAt(0) ?? 0) <= to,
        ),
      ),
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
