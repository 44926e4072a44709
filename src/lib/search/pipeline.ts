/**
 * The search pipeline the search page runs on top of Pagefind:
 *
 * 1. normalise the query (full-width, punctuation, traditional → simplified);
 * 2. search it as written; Pagefind requires every word, so a whole sentence often finds
 *    nothing ("有人打电话说我涉嫌洗钱": 我 and 说 rule pages out);
 * 3. when that finds too little, search the words that carry meaning (filler dropped; pairs of
 *    neighbouring characters too, since the browser's segmenter often cuts a sentence wrongly:
 *    微/信, 说出/事), and rank pages by how much of it they match: for each word, Pagefind's score
 *    relative to that word's best page, weighted by how few pages have the word;
 *    When none of her own words of two characters or more is on the site, nothing is found;
 * 4. pages that contain the query as an exact phrase come first, then those that matched it as
 *    written.
 *
 * The engine is passed in, so the pipeline is tested without a browser.
 */
import { normaliseQuery } from './normalise';
import { contentWords, relaxedWords } from './words';

export interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface EngineResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface SearchOptions {
  filters?: Record<string, string>;
}

export interface SearchEngine {
  search(term: string, options?: SearchOptions): Promise<{ results: EngineResult[] } | null>;
}

export interface PipelineOptions {
  /** Pagefind filter on the track id. */
  track?: string | undefined;
  /** Converts traditional characters, when the query has any that matter. */
  simplify?: ((text: string) => Promise<string>) | undefined;
  /** How many results to return. */
  limit?: number;
  /** Fewer direct results than this and the pipeline relaxes the query. */
  enough?: number;
  /** Called at each stage's end ('search-direct', 'search-relaxed', 'search-fragments'), for the benchmark's breakdown. */
  mark?: ((stage: string) => void) | undefined;
}

export interface SearchOutcome {
  /** The query as searched (normalised, simplified). */
  query: string;
  /** The words used when the sentence was relaxed; empty when it was searched as written. */
  words: string[];
  results: ResultData[];
  /** How many searches the engine ran for it (1, or 1 + one per relaxed word). */
  searches: number;
}

interface Candidate {
  result: EngineResult;
  matched: number;
  score: number;
  order: number;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function runSearch(
  engine: SearchEngine,
  rawQuery: string,
  { track, simplify, limit = 6, enough = 3, mark }: PipelineOptions = {},
): Promise<SearchOutcome> {
  let query = normaliseQuery(rawQuery);
  if (simplify) query = normaliseQuery(await simplify(query));
  if (!query) return { query, words: [], results: [], searches: 0 };

  const options: SearchOptions = track ? { filters: { track } } : {};
  const direct = (await engine.search(query, options))?.results ?? [];
  mark?.('search-direct');
  const candidates = new Map<string, Candidate>();
  let order = 0;
  // Pages that match the query as written rank above any relaxed match.
  const allWords = Number.MAX_SAFE_INTEGER;
  for (const result of direct) {
    candidates.set(result.id, { result, matched: allWords, score: result.score, order: order++ });
  }

  let words: string[] = [];
  if (direct.length < enough) {
    words = relaxedWords(query).filter((word) => word !== query);
    const perWord = await Promise.all(words.map((word) => engine.search(word, options)));
    mark?.('search-relaxed');
    // When none of her own words (as the segmenter reads them) is on the site, what the pairs of
    // characters find is chance (子力 in 孙子力…): a question about something else finds nothing.
    const own = contentWords(query).filter((word) => [...word].length > 1 && words.includes(word));
    const found = (word: string) => (perWord[words.indexOf(word)]?.results.length ?? 0) > 0;
    if (direct.length === 0 && own.length >= 2 && !own.some(found))
      return { query, words, results: [], searches: 1 + words.length };
    // How telling each word is: one that few pages have says more than one that every page has.
    const widest = Math.max(1, ...perWord.map((found) => found?.results.length ?? 0));
    for (const found of perWord) {
      const results = found?.results ?? [];
      if (results.length === 0) continue;
      const weight = Math.log(1 + widest / results.length);
      const best = Math.max(...results.map((result) => result.score)) || 1;
      for (const result of results) {
        // Pagefind's score relative to the word's best page: a real match, or a near one.
        const gain = weight * (result.score / best);
        const existing = candidates.get(result.id);
        if (existing) {
          if (existing.matched !== allWords) {
            existing.matched += 1;
            existing.score += gain;
          }
        } else {
          candidates.set(result.id, { result, matched: 1, score: gain, order: order++ });
        }
      }
    }
  }

  const ranked = [...candidates.values()]
    .sort(
      (a, b) =>
        Number(b.matched === allWords) - Number(a.matched === allWords) ||
        b.score - a.score ||
        a.order - b.order,
    )
    .slice(0, limit);
  const loaded = await Promise.all(ranked.map((candidate) => candidate.result.data()));
  mark?.('search-fragments');
  const phrase = collapse(query);
  const isPhraseMatch = (data: ResultData) =>
    [...phrase].length > 1 && collapse(`${data.meta['title'] ?? ''} ${data.content}`).includes(phrase);
  const results = loaded
    .map((data, index) => ({ data, index, phrase: isPhraseMatch(data) }))
    .sort((a, b) => Number(b.phrase) - Number(a.phrase) || a.index - b.index)
    .map(({ data }) => data);
  return { query, words, results: alertsAfterTheirLessons(results), searches: 1 + words.length };
}

/**
 * An alert (反诈预警, its page lists the lessons it belongs to in `alertLessons`) comes right
 * after the best-placed of those lessons when the search found it too: the lesson teaches the
 * pattern, the alert says it is going round now.
 */
export function alertsAfterTheirLessons(results: readonly ResultData[]): ResultData[] {
  const ranked = [...results];
  for (const alert of results) {
    const lessons = alert.meta['alertLessons']?.split(',').filter(Boolean) ?? [];
    const found = lessons
      .map((url) => ranked.findIndex((result) => result.url === url))
      .filter((i) => i >= 0);
    if (found.length === 0) continue;
    const lesson = Math.min(...found);
    const at = ranked.indexOf(alert);
    if (at > lesson) continue;
    ranked.splice(at, 1);
    ranked.splice(lesson, 0, alert);
  }
  return ranked;
}
