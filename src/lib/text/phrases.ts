/**
 * Where a line of large Chinese type may break. Browsers break between any two characters, which
 * in big type splits words (安全账/户, 官方网/点). The text is cut into phrases with the
 * platform's own Chinese word segmenter (ICU, through Intl.Segmenter), at build time; a single
 * character goes with its neighbour (公/检/法 → 公检法, 银行/卡 → 银行卡), punctuation stays
 * with the word it belongs to (no line starts with ，), and a short quoted term is one phrase
 * (“安全账户”, “保本高收益”: the words a scam uses are read as one). Google's BudouX was tried
 * and splits more words here (说/明书, 公检/法). Lines then break only between phrases
 * (Phrases.astro: <wbr> between them, word-break: keep-all), and within a phrase only when it is
 * wider than the line.
 */
const CJK = /\p{Script=Han}/u;
/** Marks that open a phrase (they go with what follows). */
const OPENING = /^[“‘（《【「『(]+$/u;

/** A quoted term of at most this many characters is never broken. */
const SHORT_QUOTE = 8;
const QUOTED = new RegExp(`[“‘《「][^“”‘’《》「」]{1,${SHORT_QUOTE}}[”’》」]`, 'gu');

/** Joins phrases cut inside a short quoted term. */
function keepShortQuotesWhole(text: string, chunks: string[]): string[] {
  const spans = [...text.matchAll(QUOTED)].map(
    (match) => [match.index, match.index + match[0].length] as const,
  );
  if (spans.length === 0) return chunks;
  const joined: string[] = [];
  let offset = 0;
  for (const chunk of chunks) {
    const inside = spans.some(([start, end]) => start < offset && offset < end);
    if (inside && joined.length > 0) joined[joined.length - 1] += chunk;
    else joined.push(chunk);
    offset += chunk.length;
  }
  return joined;
}

/** One segmenter for the build: making one costs more than segmenting a paragraph with it. */
let segmenter: Intl.Segmenter | undefined;
/**
 * The same sentences are set on a lesson's page, handout, poster, worksheet, card and slides: each
 * is cut once per build.
 */
const cut = new Map<string, readonly string[]>();

export function phrases(text: string): readonly string[] {
  let known = cut.get(text);
  if (!known) {
    known = cutIntoPhrases(text);
    cut.set(text, known);
  }
  return known;
}

function cutIntoPhrases(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const chunks: string[] = [];
  let pendingOpen = '';
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (/^\s+$/u.test(segment)) {
      if (chunks.length > 0) chunks[chunks.length - 1] += segment;
      continue;
    }
    if (!isWordLike) {
      if (OPENING.test(segment)) pendingOpen += segment;
      else if (chunks.length > 0 && !pendingOpen) chunks[chunks.length - 1] += segment;
      else pendingOpen += segment;
      continue;
    }
    const word = pendingOpen + segment;
    const opensQuote = pendingOpen !== '';
    pendingOpen = '';
    const last = chunks[chunks.length - 1];
    const single = [...segment].length === 1 && CJK.test(segment);
    const lastIsSingle = last !== undefined && [...last].length === 1 && CJK.test(last);
    // A lone character joins the phrase before it, never across an opening quote or a comma, so
    // lone characters in a row stay together (银行+卡+和 → 银行卡和, 银行+客+服 → 银行客服); a
    // phrase that is itself a lone character takes the next word (更+没有 → 更没有).
    if (
      !opensQuote &&
      last !== undefined &&
      !/\s$/u.test(last) &&
      (single || lastIsSingle) &&
      CJK.test(last.slice(-1))
    )
      chunks[chunks.length - 1] = last + word;
    else chunks.push(word);
  }
  if (pendingOpen) {
    if (chunks.length > 0) chunks[chunks.length - 1] += pendingOpen;
    else chunks.push(pendingOpen);
  }
  return keepShortQuotesWhole(text, chunks);
}
