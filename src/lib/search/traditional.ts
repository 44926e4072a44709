/**
 * Traditional → simplified for search queries. The converter (opencc-js, about 20 KB gzip) is
 * loaded only when a query contains a traditional character that matters to this site: one
 * whose simplified form appears somewhere in the lessons (a character that is nowhere on the
 * site could not help a search anyway). That short list is computed at build time.
 */

/** Parses opencc's "繁 简|繁 简" character table into [traditional, simplified] pairs. */
export function parseCharacterTable(table: string): [string, string][] {
  return table
    .split('|')
    .map((entry) => entry.split(' '))
    .filter((parts): parts is [string, string] => parts.length >= 2 && parts[0] !== parts[1])
    .map(([traditional, simplified]) => [traditional, simplified]);
}

/** The traditional characters worth converting for a site whose text is `corpus`. */
export function traditionalCharsFor(corpus: string, table: string): string {
  const present = new Set(corpus);
  const chars = parseCharacterTable(table)
    .filter(([traditional, simplified]) => [...traditional].length === 1 && present.has(simplified))
    .map(([traditional]) => traditional);
  return [...new Set(chars)].join('');
}

export function hasTraditional(query: string, traditionalChars: string): boolean {
  if (!traditionalChars) return false;
  const set = new Set(traditionalChars);
  return [...query].some((char) => set.has(char));
}

let converter: Promise<(text: string) => string> | undefined;

/** Loads opencc's phrase and character tables on first use, then converts. */
export async function toSimplified(text: string): Promise<string> {
  converter ??= Promise.all([
    import('opencc-js/core'),
    import('opencc-js/dict/TSPhrases'),
    import('opencc-js/dict/TSCharacters'),
  ]).then(([core, phrases, characters]) => core.ConverterFactory([phrases.default, characters.default]));
  return (await converter)(text);
}
