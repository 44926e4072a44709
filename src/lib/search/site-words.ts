/** The text of the whole site that search could match, for choosing which traditional characters matter. */
import type { LessonData } from '../schema/lesson';

export function searchableText(lessons: readonly { body?: string | undefined; data: LessonData }[]): string {
  return lessons
    .map(({ body, data }) =>
      [
        data.title,
        data.summary,
        data.remember,
        ...data.redFlags,
        ...data.actions,
        ...data.aliases,
        body ?? '',
      ].join(' '),
    )
    .join(' ');
}
