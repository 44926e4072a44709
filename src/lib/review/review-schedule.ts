/**
 * 复习一下: when each lesson comes back for a short review, kept on this device only
 * (localStorage, one versioned key; nothing is ever sent). After she finishes a lesson's quiz the
 * lesson is due on days 2, 7, 30 and 90 after it. A review she gets right moves the lesson on to
 * the next of those days still ahead; one she gets wrong brings it back two days later. After the
 * day-90 review the lesson is done and only stays listed (the fridge card prints it).
 *
 * She can turn reviews off (nothing is due and nothing new is scheduled; what is there stays) and
 * clear them. Anything unreadable or malformed is dropped quietly: a broken saved schedule never
 * breaks a page.
 */

import {
  REVIEW_DAYS,
  REVIEW_STORAGE_KEY,
  isDay,
  SLUG,
  type LessonReview,
  type ReviewSchedule,
} from './saved-schedule';

export {
  REVIEW_DAYS,
  REVIEW_STORAGE_KEY,
  REVIEW_STORAGE_VERSION,
  dueLessons,
  emptySchedule,
  loadSchedule,
  parseSchedule,
  type LessonReview,
  type ReviewSchedule,
} from './saved-schedule';

/** How many questions a review asks. */
export const QUESTIONS_PER_REVIEW = 3;
/** A missed review brings the lesson back this many days later. */
export const RETRY_AFTER_DAYS = 2;
/** The most lessons remembered (the ones learned last): a device used for years stays small. */
export const MAX_REVIEW_LESSONS = 300;

/** The day `days` after `day` (both YYYY-MM-DD), counted on the calendar (no clock, no time zone). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function saveSchedule(storage: Storage | undefined, schedule: ReviewSchedule): void {
  try {
    storage?.setItem(REVIEW_STORAGE_KEY, JSON.stringify(schedule));
  } catch {
    // Full or blocked storage: reviews are simply not remembered.
  }
}

/** "清除复习记录": forgets every review, and turns them back on. */
export function clearSchedule(storage: Storage | undefined): void {
  try {
    storage?.removeItem(REVIEW_STORAGE_KEY);
  } catch {
    // Nothing to clear where storage is blocked.
  }
}

/**
 * She finished this lesson's quiz today: its reviews begin (days 2, 7, 30, 90). A lesson already
 * in the schedule keeps its place (doing the quiz again does not start it over), and nothing new
 * is scheduled while reviews are off.
 */
export function withLessonLearned(schedule: ReviewSchedule, slug: string, today: string): ReviewSchedule {
  if (schedule.off || schedule.lessons[slug] || !SLUG.test(slug) || !isDay(today)) return schedule;
  const first = REVIEW_DAYS[0] ?? 0;
  const kept = Object.entries(schedule.lessons).slice(-(MAX_REVIEW_LESSONS - 1));
  return {
    ...schedule,
    lessons: Object.fromEntries([...kept, [slug, { learned: today, stage: 0, due: addDays(today, first) }]]),
  };
}

/** The next day a review comes (after today), if any and reviews are on. */
export function nextReviewDay(schedule: ReviewSchedule, today: string): string | undefined {
  if (schedule.off) return undefined;
  return Object.values(schedule.lessons)
    .flatMap((lesson) => (lesson.due !== null && lesson.due > today ? [lesson.due] : []))
    .sort()[0];
}

/**
 * She answered a review of this lesson today. Right: on to the next of its days still ahead
 * (a review done late skips the days that passed meanwhile), or done after the last. Missed: back
 * in two days, at the same stage — never later than it was already due.
 */
export function withReviewAnswered(
  schedule: ReviewSchedule,
  slug: string,
  today: string,
  right: boolean,
): ReviewSchedule {
  const lesson = schedule.lessons[slug];
  if (!lesson || lesson.due === null) return schedule;
  let next: LessonReview;
  if (right) {
    let stage = lesson.stage + 1;
    while (stage < REVIEW_DAYS.length && addDays(lesson.learned, REVIEW_DAYS[stage] ?? 0) <= today)
      stage += 1;
    const day = REVIEW_DAYS[stage];
    next = { ...lesson, stage, due: day === undefined ? null : addDays(lesson.learned, day) };
  } else {
    const retry = addDays(today, RETRY_AFTER_DAYS);
    next = { ...lesson, due: lesson.due > today && lesson.due < retry ? lesson.due : retry };
  }
  return { ...schedule, lessons: { ...schedule.lessons, [slug]: next } };
}

export const withReviewsOff = (schedule: ReviewSchedule, off: boolean): ReviewSchedule => ({
  ...schedule,
  off,
});
