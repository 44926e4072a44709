/** 转帐、帐户: the older form readers still type (and opencc produces); the site writes 账. */
export function sameWordsAsSite(text: string): string {
  return text.replace(/帐/g, '账');
}

/** The most characters a query keeps; the search boxes take no more (maxlength). */
export const MAX_QUERY_CHARS = 100;

/**
 * Amounts, dates and counts in a question (被骗了2万, 3个月, 年化20%, 2024年): they say nothing
 * about which scam it is, and Pagefind matches a number by its first digits, so "2" found every
 * page with any number starting with 2. A number with its unit, or of one or two digits, goes;
 * numbers of three digits or more stay: hotlines (110, 96110, 12381) are what people search for.
 * Amounts in words go too (转了两万块钱, 三千元): they matched every lesson whose story has one.
 */
const AMOUNT =
  /\d+(?:\.\d+)?\s*(?:万元|万|千元|千|百|元|块钱|块|个月|月|年|天|次|岁|%)|(?<!\d)\d{1,2}(?!\d)|[一二两三四五六七八九十百千万]+(?:万元|万块钱|万块|万|千元|千块钱|千块|元|块钱|块)/gu;

/**
 * Query clean-up before it reaches Pagefind: full-width letters, digits and spaces become
 * half-width, amounts and dates go (AMOUNT), punctuation becomes a space, runs of space collapse. (The whole query pipeline,
 * with traditional → simplified, is in pipeline.ts; the conversion itself in traditional.ts.)
 */
export function normaliseQuery(raw: string): string {
  return sameWordsAsSite(raw.normalize('NFKC'))
    .replace(AMOUNT, ' ')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_CHARS);
}
