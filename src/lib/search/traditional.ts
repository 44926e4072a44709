/**
 * Traditional → simplified for search queries, with opencc's dictionaries cut down at build
 * time to what can matter on this site: a character or phrase whose simplified form appears
 * nowhere in the lessons could not help a search anyway. The cut-down table (a few KB, served
 * as /search/traditional.json) loads only when a query has one of its traditional characters;
 * opencc's full tables (about 20 KB gzip) never reach the browser.
 */

import { sameWordsAsSite } from './normalise';

/** [traditional, simplified] for each character and phrase worth converting on this site. */
export interface TraditionalTable {
  chars: Record<string, string>;
  phrases: Record<string, string>;
}

/** Parses an opencc table ("繁 简|繁 简…", first candidate wins) into [traditional, simplified] pairs. */
export function parseCharacterTable(table: string): [string, string][] {
  return table
    .split('|')
    .map((entry) => entry.split(' '))
    .filter((parts): parts is [string, string] => parts.length >= 2 && parts[0] !== parts[1])
    .map(([traditional, simplified]) => [traditional, simplified]);
}

/**
 * The part of opencc's character and phrase tables that matters for a site whose text is
 * `corpus`, each simplified form written as the site writes it (帳 → 帐 → 账).
 */
export function traditionalTableFor(
  corpus: string,
  charTable: string,
  phraseTable: string,
): TraditionalTable {
  const present = new Set(corpus);
  const chars: Record<string, string> = {};
  for (const [traditional, opencc] of parseCharacterTable(charTable)) {
    const simplified = sameWordsAsSite(opencc);
    if ([...traditional].length === 1 && present.has(simplified)) chars[traditional] ??= simplified;
  }
  const phrases: Record<string, string> = {};
  for (const [traditional, opencc] of parseCharacterTable(phraseTable)) {
    const simplified = sameWordsAsSite(opencc);
    if ([...simplified].every((char) => present.has(char)) && corpus.includes(simplified)) {
      phrases[traditional] = simplified;
    }
  }
  return { chars, phrases };
}

/** The traditional characters a query must contain for the table to be worth loading. */
export function traditionalCharsOf(table: TraditionalTable): string {
  const chars = new Set(Object.keys(table.chars));
  for (const phrase of Object.keys(table.phrases)) for (const char of phrase) chars.add(char);
  return [...chars].join('');
}

export function hasTraditional(query: string, traditionalChars: string): boolean {
  if (!traditionalChars) return false;
  const set = new Set(traditionalChars);
  return [...query].some((char) => set.has(char));
}

/** Converts with the table: the longest phrase first at each position, else the character. */
export function simplifier(table: TraditionalTable): (text: string) => string {
  const longest = Math.max(1, ...Object.keys(table.phrases).map((phrase) => [...phrase].length));
  return (text) => {
    const chars = [...text];
    let out = '';
    for (let i = 0; i < chars.length;) {
      let matched = false;
      for (let length = Math.min(longest, chars.length - i); length >= 2 && !matched; length -= 1) {
        const simplified = table.phrases[chars.slice(i, i + length).join('')];
        if (simplified !== undefined) {
          out += simplified;
          i += length;
          matched = true;
        }
      }
      if (!matched) {
        const char = chars[i] ?? '';
        out += table.chars[char] ?? char;
        i += 1;
      }
    }
    return out;
  };
}

let converter: Promise<(text: string) => string> | undefined;

/** Loads this site's table (tableUrl) on first use, then converts. */
export function simplifierFrom(tableUrl: string): (text: string) => Promise<string> {
  return async (text) => {
    converter ??= fetch(tableUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${tableUrl}: ${response.status}`);
        return response.json() as Promise<TraditionalTable>;
      })
      .then(simplifier);
    return (await converter)(text);
  };
}
