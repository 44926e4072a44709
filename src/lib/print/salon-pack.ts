/**
 * A salon pack (/print/set/?lessons=a,b,c&title=…&date=…): which lessons, in the order chosen,
 * and the event's title and date; and which of their questions make its one-page worksheet.
 * Plain data; the page composes the sheets (src/scripts/print-set.ts).
 */
export interface SalonPack {
  /** The lessons asked for, in order, each once (ids as written, known or not). */
  lessons: string[];
  title: string;
  /** YYYY-MM-DD. */
  date: string;
}

export const PACK_TITLE_MAX = 40;
/** A worksheet page holds six questions at 18 pt. */
export const PACK_QUESTIONS = 6;

const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads the address: `lessons` as one comma-separated list (the print centre's link) or repeated
 * (a form without JavaScript). Anything that is not a lesson id is ignored; the date defaults to
 * `today`.
 */
export function parseSalonPack(search: string, today: string): SalonPack {
  const params = new URLSearchParams(search);
  const lessons = params
    .getAll('lessons')
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter((id) => LESSON_ID.test(id));
  const date = (params.get('date') ?? '').trim();
  return {
    lessons: [...new Set(lessons)],
    title: [...(params.get('title') ?? '').trim()].slice(0, PACK_TITLE_MAX).join(''),
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today,
  };
}

/**
 * The questions of the combined worksheet: taking the lessons in turn, the first question of
 * each, then the second of each, and so on, up to `max`. Returns [lesson index, question index].
 */
export function packQuestions(questionCounts: readonly number[], max = PACK_QUESTIONS): [number, number][] {
  const picked: [number, number][] = [];
  for (let round = 0; picked.length < max; round += 1) {
    let any = false;
    questionCounts.forEach((count, lesson) => {
      if (round < count && picked.length < max) {
        picked.push([lesson, round]);
        any = true;
      }
    });
    if (!any) break;
  }
  return picked;
}

/** The address of a pack, as the print centre writes it (lessons in the order ticked). */
export function salonPackSearch(pack: Partial<SalonPack> & { lessons: readonly string[] }): string {
  const params = new URLSearchParams({ lessons: pack.lessons.join(',') });
  if (pack.title) params.set('title', pack.title);
  if (pack.date) params.set('date', pack.date);
  return `?${params}`;
}
