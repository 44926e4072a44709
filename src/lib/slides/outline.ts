/**
 * A lesson's slides as a printable outline for the presenter (the speaker notes page): each slide
 * in the deck's order with its heading, its points in a few words, its notes and a suggested time,
 * and a run sheet that fits lessons into a salon of a given length. Plain data, so the notes page
 * and the event's notes page agree with the deck (SlideDeck.astro makes the same slides).
 */
import type { LessonData } from '../schema/lesson';
import { chunkByLines, type DeckSections } from './slides';

export type OutlineKind = 'title' | 'section' | 'red-flags' | 'actions' | 'quiz' | 'closing';

export interface OutlineSlide {
  kind: OutlineKind;
  heading: string;
  /** What the slide shows, as short lines. */
  points: string[];
  /** What to say (plain text). */
  notes: string;
  /** A suggested time for the slide, in minutes. */
  minutes: number;
}

/** Minutes a slide of each kind takes with a room of older people: reading, asking, answering. */
export const MINUTES: Readonly<Record<OutlineKind, number>> = {
  title: 1,
  section: 1.5,
  'red-flags': 1.5,
  actions: 1.5,
  quiz: 1,
  closing: 1,
};

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of some HTML, without its tags. */
export function plainText(html: string): string {
  return decode(html.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

const NOTES = /<aside\b[^>]*\bdata-presenter-notes\b[^>]*>([\s\S]*?)<\/aside>/;

/** A body section as an outline slide: its heading, its paragraphs and list items, its notes. */
function sectionSlide(html: string): OutlineSlide {
  const notes = NOTES.exec(html)?.[1] ?? '';
  const shown = html.replace(NOTES, '');
  const heading = plainText(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(shown)?.[1] ?? '');
  const points = [...shown.matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)]
    .map(([, , inner = '']) => plainText(inner))
    .filter(Boolean);
  return { kind: 'section', heading, points, notes: plainText(notes), minutes: MINUTES.section };
}

export interface OutlineLabels {
  redFlags: string;
  actions: string;
  closing: string;
  /** The last slide: the QR code to the lesson, and what to say with it. */
  scan: string;
  scanNote: string;
  /** "B. 挂断电话" and the like: the right answer, for the presenter. */
  answer: (option: string) => string;
}

/** The slides of a lesson's deck, in order, as SlideDeck.astro makes them. */
export function lessonOutline(
  data: LessonData,
  sections: DeckSections,
  labels: OutlineLabels,
): OutlineSlide[] {
  const notes = data.presenter;
  const slides: OutlineSlide[] = [
    {
      kind: 'title',
      heading: data.title,
      points: [data.remember],
      notes: notes.opening,
      minutes: MINUTES.title,
    },
    ...sections.slides.map(sectionSlide),
    ...chunkByLines(data.redFlags, 7, 21).map((points) => ({
      kind: 'red-flags' as const,
      heading: labels.redFlags,
      points,
      notes: notes.redFlags,
      minutes: MINUTES['red-flags'],
    })),
    ...chunkByLines(data.actions, 7, 21).map((points) => ({
      kind: 'actions' as const,
      heading: labels.actions,
      points,
      notes: [notes.actions, ...sections.carriedNotes.map(plainText)].join(' '),
      minutes: MINUTES.actions,
    })),
    ...data.quiz.map((question, i) => ({
      kind: 'quiz' as const,
      heading: question.question,
      points: [
        ...question.options.map((option, o) => `${String.fromCharCode(65 + o)}. ${option}`),
        labels.answer(
          `${String.fromCharCode(65 + question.answer)}. ${question.options[question.answer] ?? ''}`,
        ),
      ],
      notes: notes.quiz[i] ?? '',
      minutes: MINUTES.quiz,
    })),
    { kind: 'closing', heading: labels.closing, points: [], notes: notes.closing, minutes: MINUTES.closing },
    { kind: 'closing', heading: labels.scan, points: [], notes: labels.scanNote, minutes: MINUTES.closing },
  ];
  return slides;
}

/** A lesson's suggested length in minutes. */
export function outlineMinutes(slides: readonly OutlineSlide[]): number {
  return slides.reduce((sum, slide) => sum + slide.minutes, 0);
}

export interface RunItem {
  /** Minutes from the start. */
  at: number;
  minutes: number;
  what: string;
}

export interface RunLabels {
  welcome: string;
  lesson: (n: number, title: string) => string;
  questions: string;
  handOut: string;
}

/** What the salon keeps for itself around the lessons, in minutes. */
export const SALON_FIXED = { welcome: 3, questions: 5, handOut: 3 } as const;

/**
 * A run sheet for a salon of `total` minutes: a welcome, the lessons, questions from the room,
 * and handing out the pack. Lessons that fit keep their suggested length (in whole minutes) and
 * the room's questions get the time left; lessons that do not fit share the time in proportion
 * to their length, each keeping at least 5 minutes (and the sheet shows it running over).
 */
export function runSheet(
  lessons: readonly { title: string; minutes: number }[],
  labels: RunLabels,
  total = 45,
): RunItem[] {
  const forLessons = total - SALON_FIXED.welcome - SALON_FIXED.questions - SALON_FIXED.handOut;
  const wanted = lessons.map((lesson) => Math.ceil(lesson.minutes));
  const wantedSum = wanted.reduce((sum, minutes) => sum + minutes, 0);
  let given = wanted;
  if (wantedSum > forLessons) {
    // Whole minutes in proportion, adding up to the time for the lessons (the largest remainders
    // get the spare ones).
    const exact = lessons.map((lesson) => (lesson.minutes / wantedSum) * forLessons);
    given = exact.map((minutes) => Math.max(5, Math.floor(minutes)));
    let spare = forLessons - given.reduce((sum, minutes) => sum + minutes, 0);
    const byRemainder = exact
      .map((minutes, i) => ({ i, remainder: minutes % 1 }))
      .sort((a, b) => b.remainder - a.remainder);
    for (const { i } of byRemainder) {
      if (spare <= 0) break;
      given[i] = (given[i] ?? 0) + 1;
      spare -= 1;
    }
  }
  const questions = SALON_FIXED.questions + Math.max(0, forLessons - given.reduce((sum, m) => sum + m, 0));
  const items: Omit<RunItem, 'at'>[] = [
    { minutes: SALON_FIXED.welcome, what: labels.welcome },
    ...lessons.map((lesson, i) => ({ minutes: given[i] ?? 5, what: labels.lesson(i + 1, lesson.title) })),
    { minutes: questions, what: labels.questions },
    { minutes: SALON_FIXED.handOut, what: labels.handOut },
  ];
  let at = 0;
  return items.map((item) => {
    const timed = { ...item, at };
    at += item.minutes;
    return timed;
  });
}
