/** 转帐、帐户: the older form readers still type (and opencc produces); the site writes 账. */
export function sameWordsAsSite(text: string): string {
  return text.replace(/帐/g, '账');
}

/**
 * Query clean-up before it reaches Pagefind: full-width letters, digits and spaces become
 * half-width, punctuation becomes a space, runs of space collapse. (The whole query pipeline,
 * with traditional → simplified, is in pipeline.ts; the conversion itself in traditional.ts.)
 */
export function normaliseQuery(raw: string): string {
  return sameWordsAsSite(raw.normalize('NFKC'))
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}
