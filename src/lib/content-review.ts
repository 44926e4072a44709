/**
 * Lessons go stale: laws change, numbers move, scams change their scripts. A lesson reviewed more
 * than a year ago is due for a new check against its sources; after two years it must not ship.
 */
export const REVIEW_DUE_MONTHS = 12;
export const REVIEW_LIMIT_MONTHS = 24;

/** The date `months` months before `today`. */
export function monthsBefore(today: Date, months: number): Date {
  const date = new Date(today);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/** The lessons last reviewed before `months` months ago, as "<file> (reviewed YYYY-MM-DD)". */
export function reviewedBefore(
  lessons: readonly { filePath: string; data: { reviewed: Date } }[],
  today: Date,
  months: number,
): string[] {
  const limit = monthsBefore(today, months);
  return lessons
    .filter((lesson) => lesson.data.reviewed < limit)
    .map((lesson) => `${lesson.filePath} (reviewed ${lesson.data.reviewed.toISOString().slice(0, 10)})`);
}
