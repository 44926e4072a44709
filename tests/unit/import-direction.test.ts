/**
 * The house's one-way flow: content → src/lib/ → pages → layouts → components/islands. Code in
 * src/lib/ is plain TypeScript that pages and browser scripts use; it never reaches back into
 * pages, layouts, components, islands or the browser scripts. (Starlight keeps such rules in a
 * test too: __tests__/basics/no-internal-barrel-imports.test.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
const FORBIDDEN = ['pages', 'layouts', 'components', 'islands', 'scripts'];

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|mjs|js)$/.test(name))
    .map((name) => join(dir, name));
}

/** Every module specifier a file imports (static, dynamic, type-only and re-exports). */
export function importsOf(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bexport\s+(?:type\s+)?[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns)
    for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  return [...found];
}

/** The src/ folder an import lands in, or undefined for packages and files outside src/. */
function landsIn(file: string, specifier: string): string | undefined {
  let target: string;
  if (specifier.startsWith('@/')) target = join(SRC, specifier.slice(2));
  else if (specifier.startsWith('.')) target = resolve(dirname(file), specifier);
  else return undefined;
  const rel = relative(SRC, target);
  return rel.startsWith('..') ? undefined : rel.split(/[\\/]/)[0];
}

describe('src/lib/', () => {
  it('finds imports of every kind', () => {
    expect(
      importsOf(
        `import a from './a';\nimport type { B } from "@/b";\nimport './c.css';\nconst d = import('./d');\nexport { e } from '../e';`,
      ),
    ).toEqual(['./a', '@/b', './c.css', './d', '../e']);
  });

  it('imports nothing from pages, layouts, components, islands or browser scripts', () => {
    const wrong = files(join(SRC, 'lib')).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((specifier) => FORBIDDEN.includes(landsIn(file, specifier) ?? ''))
        .map((specifier) => `${relative(SRC, file)} imports ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });
});
