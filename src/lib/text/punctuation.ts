/**
 * Chinese punctuation (GB/T 15834): in Chinese text the marks are full-width (，：？！；（）) and
 * quotes are curly (“”). ASCII marks stay only inside numbers, addresses and code. This finds an
 * ASCII , : ? ! ; ( ) or a straight double quote with a Chinese character (or a full-width mark)
 * beside it, ignoring web addresses, so the content lint can name the file and line.
 */

/** Chinese characters and the full-width marks and quotes that sit among them. */
const CJK = '[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef“”‘’《》]';
// Right beside it: `key: 中文` in YAML and `1. 中文` in a list are not Chinese text's marks.
const MARK_BESIDE_CJK = new RegExp(`(?<=${CJK})[,:;?!()"]|[,:;?!()"](?=${CJK})`, 'gu');
const ADDRESS = /\bhttps?:\/\/\S+/gu;

export interface PunctuationProblem {
  /** From 1. */
  line: number;
  /** The ASCII mark found. */
  mark: string;
  /** The text around it. */
  context: string;
}

/** Every ASCII mark beside Chinese text, with its line. */
export function asciiPunctuation(text: string): PunctuationProblem[] {
  const problems: PunctuationProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    // Addresses keep their own punctuation, and an attribute's quotes are code (title="…"):
    // blanked out, not removed, so positions hold.
    const line = raw
      .replace(ADDRESS, (address) => ' '.repeat(address.length))
      .replace(/=("[^"\n]*")/gu, (_, value: string) => `= ${value.slice(1, -1)} `);
    for (const match of line.matchAll(MARK_BESIDE_CJK)) {
      const at = match.index ?? 0;
      problems.push({
        line: index + 1,
        mark: match[0].trim(),
        context: raw.slice(Math.max(0, at - 8), at + match[0].length + 8),
      });
    }
  });
  return problems;
}
