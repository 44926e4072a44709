/**
 * Splits a query into words the way a reader means them, using the browser's own Chinese word
 * segmenter (Intl.Segmenter); where there is none, Chinese runs are cut into overlapping pairs.
 */
import { isFiller } from './filler-words';

const CJK_RUN = /[\p{Script=Han}]+|[\p{L}\p{N}]+/gu;

function segmentWithIntl(text: string): string[] | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return undefined;
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

function bigrams(text: string): string[] {
  return [...text.matchAll(CJK_RUN)].flatMap(([run]) => {
    const chars = [...run];
    if (!/\p{Script=Han}/u.test(run) || chars.length <= 2) return [run];
    return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
  });
}

export function segmentWords(text: string): string[] {
  return segmentWithIntl(text) ?? bigrams(text);
}

/** 她的 → 她, 洗钱了 → 洗钱: particles stuck to a word by the segmenter. */
function stripParticles(word: string): string {
  return [...word].length > 1 ? word.replace(/[的了吗呢吧啊呀么]+$/u, '') : word;
}

/** The words that can find a lesson: segmented, fillers dropped, each once, longest first. */
export function contentWords(text: string): string[] {
  const words = segmentWords(text)
    .map(stripParticles)
    .filter((word) => word && !isFiller(word));
  return [...new Set(words)].sort((a, b) => [...b].length - [...a].length);
}

/** Characters that carry no meaning in a pair: pronouns, particles, 说/要/让 and the like. */
const PAIR_FILLER = new Set(
  '我你您他她它咱的地得了着过吗呢吧啊呀哦嗯么嘛啦哈是在有说讲问叫让要想给把对跟和与同就都也还又很太真最才再这那个些',
);
const skipInPair = (char: string) => PAIR_FILLER.has(char);

/**
 * The distinct pairs of neighbouring Chinese characters of a text, leaving out pairs with a filler
 * character (我, 了, 说 …). Nouns the word list drops (事) and 被 stay: 出事, 被骗.
 */
export function cjkBigrams(text: string): string[] {
  const pairs = new Set<string>();
  for (const [run] of text.matchAll(/\p{Script=Han}+/gu)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) {
      const [a = '', b = ''] = [chars[i], chars[i + 1]];
      if (!skipInPair(a) && !skipInPair(b)) pairs.add(a + b);
    }
  }
  return [...pairs];
}

/**
 * The words a relaxed search looks for: the segmenter's words of two characters or more, and the
 * pairs of neighbouring characters (which catch what it cut wrongly: 微/信, 说出/事). Single
 * characters only when there is nothing longer, since one character matches almost every page.
 */
export function relaxedWords(text: string): string[] {
  const words = contentWords(text);
  const longer = [...new Set([...words.filter((word) => [...word].length > 1), ...cjkBigrams(text)])];
  return longer.length > 0 ? longer.sort((a, b) => [...b].length - [...a].length) : words;
}
