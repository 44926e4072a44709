/**
 * Query clean-up before it reaches Pagefind: full-width letters, digits and spaces become
 * half-width, punctuation becomes a space, runs of space collapse. (The full pipeline, with
 * traditional → simplified and filler words, grows in issue #6.)
 */
export function normaliseQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}
