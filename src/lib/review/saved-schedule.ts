/**
 * The saved review schedule read back, and what is due: all the home page's line needs, kept
 * apart from the rest of review-schedule.ts so that line costs a few hundred bytes.
 */

import { REVIEW_STORAGE_KEY } from './review-key';

export { REVIEW_STORAGE_KEY };
export const REVIEW_STORAGE_VERSION = 1;
/** The days after a lesson's quiz when it comes back. */
export const REVIEW_DAYS: readonly number[] = [2, 7, 30, 90];

export interface LessonReview {
  /** The day she finished the lesson's quiz (YYYY-MM-DD, her calendar). */
  learned: string;
  /** How many of REVIEW_DAYS are behind her; REVIEW_DAYS.length once all are. */
  stage: number;
  /** The day it comes back; null once done. */
  due: string | null;
}

export interface ReviewSchedule {
  version: typeof REVIEW_STORAGE_VERSION;
  /** She turned reviews off. */
  off: boolean;
  /** By lesson slug, in the order they were learned. */
  lessons: Record<string, LessonReview>;
}

export const emptySchedule = (): ReviewSchedule => ({
  version: REVIEW_STORAGE_VERSION,
  off: false,
  lessons: {},
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const SLUG = /^[a-z0-9-]{1,80}$/;
export const isDay = (value: unknown): value is string =>
  typeof value === 'string' && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

function parseLesson(value: unknown): LessonReview | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { learned, stage, due } = value as Record<string, unknown>;
  if (!isDay(learned) || !Number.isInteger(stage)) return undefined;
  const step = stage as number;
  if (step < 0 || step > REVIEW_DAYS.length) return undefined;
  if (step === REVIEW_DAYS.length) return due === null ? { learned, stage: step, due: null } : undefined;
  return isDay(due) ? { learned, stage: step, due } : undefined;
}

/** Reads the saved schedule; what is not exactly what we wrote is dropped (a lesson, or all of it). */
export function parseSchedule(raw: string | null): ReviewSchedule {
  if (!raw) return emptySchedule();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return emptySchedule();
  }
  if (typeof data !== 'object' || data === null) return emptySchedule();
  const { version, off, lessons } = data as Record<string, unknown>;
  if (version !== REVIEW_STORAGE_VERSION || typeof lessons !== 'object' || lessons === null)
    return emptySchedule();
  const schedule: ReviewSchedule = { ...emptySchedule(), off: off === true };
  for (const [slug, value] of Object.entries(lessons)) {
    const lesson = parseLesson(value);
    if (SLUG.test(slug) && lesson) schedule.lessons[slug] = lesson;
  }
  return schedule;
}

export function loadSchedule(storage: Storage | undefined): ReviewSchedule {
  try {
    return parseSchedule(storage?.getItem(REVIEW_STORAGE_KEY) ?? null);
  } catch {
    return emptySchedule();
  }
}

/** The lessons due today or before, the longest waiting first; none while reviews are off. */
export function dueLessons(schedule: ReviewSchedule, today: string): string[] {
  if (schedule.off) return [];
  return Object.entries(schedule.lessons)
    .filter(([, lesson]) => lesson.due !== null && lesson.due <= today)
    .sort(([a, x], [b, y]) => (x.due ?? '').localeCompare(y.due ?? '') || a.localeCompare(b))
    .map(([slug]) => slug);
}
