/**
 * The line under a search result: the sentence of the page that holds the most of the reader's
 * words, whole (or cut at a comma near them when long), with those words marked. Pagefind's own
 * excerpt is a fixed window of words that starts mid-word in Chinese; this reads as a sentence.
 * Returns HTML whose only markup is <mark>; everything else is escaped.
 */
// Pagefind joins a page's blocks (list items, headings) with ". ": each is a sentence of its own.
const SENTENCE_END = /(?<=[。！？；!?;])|(?<=\D\.)\s+|\n+/;
const CLAUSE_END = /(?<=[，、：,:])/;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function hits(text: string, terms: readonly string[]): number {
  return terms.reduce((sum, term) => sum + (term && text.includes(term) ? 1 : 0), 0);
}

/** Cuts a long sentence to about `max` characters of whole clauses around its first hit. */
function shorten(sentence: string, terms: readonly string[], max: number): string {
  if ([...sentence].length <= max) return sentence;
  const clauses = sentence.split(CLAUSE_END);
  const first = Math.max(
    0,
    clauses.findIndex((clause) => hits(clause, terms) > 0),
  );
  let out = '';
  for (let i = first; i < clauses.length; i += 1) {
    if (out && [...out].length + [...(clauses[i] ?? '')].length > max) break;
    out += clauses[i];
  }
  return out.replace(/[，、：,:]$/, '…');
}

/** Marks every occurrence of the terms in escaped text; overlapping or touching ones as one mark. */
function mark(text: string, terms: readonly string[]): string {
  const spans: [number, number][] = [];
  for (const term of new Set(terms.filter(Boolean))) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1))
      spans.push([at, at + term.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  let out = '';
  let at = 0;
  for (const [start, end] of merged) {
    out += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at));
}

export function sentenceExcerpt(content: string, terms: readonly string[], max = 60): string {
  const sentences = content
    .split(SENTENCE_END)
    // Pagefind's joining "." after Chinese text is not the page's punctuation.
    .map((sentence) => sentence.trim().replace(/(?<=[^\p{ASCII}])\.$/u, ''))
    .filter(Boolean);
  let best = '';
  let bestScore = 0;
  for (const sentence of sentences) {
    const count = hits(sentence, terms);
    // A sentence of the text reads better than a heading or list item with as many of her words.
    const score = count === 0 ? 0 : count * 2 + (/[。！？；!?;]$/.test(sentence) ? 1 : 0);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return bestScore === 0 ? '' : mark(shorten(best, terms, max), terms);
}
