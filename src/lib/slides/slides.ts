/**
 * The slide deck's rules as plain functions: which key does what, the slide number in the
 * address, splitting long lists across slides, and event playlists. The DOM side is in
 * src/scripts/slides.ts.
 */

import { textEms } from '../text/text-width';
import type { DeckAction } from './deck-state';

/**
 * Clickers send PageDown/PageUp (some also B, Esc, and F5 for "start the show"); N/P, the arrows
 * and the space bar work from a keyboard. What each does: deck-state.ts.
 */
const KEYS: Record<string, DeckAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageDown: 'next',
  n: 'next',
  N: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  p: 'previous',
  P: 'previous',
  Home: 'first',
  End: 'last',
  a: 'reveal',
  A: 'reveal',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'close',
  f: 'fullscreen',
  F: 'fullscreen',
  F5: 'fullscreen',
  g: 'goto',
  G: 'goto',
  o: 'overview',
  O: 'overview',
  '?': 'help',
  s: 'presenter',
  S: 'presenter',
};

export function keyAction(key: string): DeckAction | undefined {
  return Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
}

/** "#3" → 2 (slides are numbered from 1 in the address, from 0 in code); clamped; else 0. */
export function slideFromHash(hash: string, count: number): number {
  const match = /^#(\d+)$/.exec(hash);
  if (!match || count === 0) return 0;
  return Math.min(Math.max(Number(match[1]) - 1, 0), count - 1);
}

export function hashForSlide(index: number): string {
  return `#${index + 1}`;
}

/**
 * Splits a list into slides of at most `maxLines` lines (each item wraps at `charsPerLine`), so
 * that every slide fits the screen at projector type sizes.
 */
export function chunkByLines<T extends string>(
  items: readonly T[],
  maxLines: number,
  charsPerLine: number,
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let lines = 0;
  for (const item of items) {
    const itemLines = Math.max(1, Math.ceil(textEms(item) / charsPerLine));
    if (current.length > 0 && lines + itemLines > maxLines) {
      chunks.push(current);
      current = [];
      lines = 0;
    }
    current.push(item);
    lines += itemLines;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** An event: several lessons shown in sequence, chosen in /present/ and kept in the address. */
export interface EventPlan {
  title: string;
  lessons: string[];
}

export function parseEvent(
  search: string,
  known: (slug: string) => boolean = () => true,
): EventPlan | undefined {
  const params = new URLSearchParams(search);
  const lessons = (params.get('event') ?? '')
    .split(',')
    .map((slug) => slug.trim())
    .filter((slug) => /^[a-z0-9-]+$/.test(slug) && known(slug));
  if (lessons.length === 0) return undefined;
  return { title: (params.get('title') ?? '').trim().slice(0, 40), lessons: [...new Set(lessons)] };
}

export function eventSearch(plan: EventPlan): string {
  const params = new URLSearchParams({ event: plan.lessons.join(',') });
  if (plan.title) params.set('title', plan.title);
  return `?${params}`;
}

/** The lessons before and after this one in the event. */
export function eventNeighbours(plan: EventPlan, slug: string): { previous?: string; next?: string } {
  const index = plan.lessons.indexOf(slug);
  if (index === -1) return {};
  const result: { previous?: string; next?: string } = {};
  const previous = plan.lessons[index - 1];
  const next = plan.lessons[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}

/**
 * Splits a lesson's rendered body into its `##` sections (each starts at an <h2>), one per slide.
 * Anything before the first heading is dropped: MDX puts nothing visible there.
 */
export function splitSections(html: string): string[] {
  const starts = [...html.matchAll(/<h2[\s>]/g)].map((match) => match.index);
  return starts.map((start, i) => html.slice(start, starts[i + 1] ?? html.length).trim());
}

export interface DeckSections {
  /** The sections shown as slides. */
  slides: string[];
  /** The presenter notes of the sections left out, for the steps slide. */
  carriedNotes: string[];
}

const NOTES = /<aside\b[^>]*\bdata-presenter-notes\b[^>]*>([\s\S]*?)<\/aside>/g;

/**
 * The body's sections as slides, leaving out a section of steps (<Steps>): the deck's own steps
 * slide shows the lesson's steps, and two near-identical slides three apart only confuse a room.
 * The notes of a section left out go to the steps slide.
 */
export function deckSections(html: string): DeckSections {
  const slides: string[] = [];
  const carriedNotes: string[] = [];
  for (const section of splitSections(html)) {
    if (/<div class="steps"/.test(section))
      carriedNotes.push(...[...section.matchAll(NOTES)].map(([, notes = '']) => notes.trim()));
    else slides.push(section);
  }
  return { slides, carriedNotes };
}
