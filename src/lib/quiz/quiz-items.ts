/** Turns lessons' quiz frontmatter into the items the quiz island shows. */
import type { QuizItem } from './quiz-logic';
import { routes } from '../routes';
import type { LessonData } from '../schema/lesson';

interface LessonForQuiz {
  id: string;
  data: Pick<LessonData, 'title' | 'track' | 'quiz'>;
}

/** Where a missed question sends the reader: the lesson's "what to do" section. */
export const TEACHES_ANCHOR = 'actions-heading';

export function lessonQuizItems(lesson: LessonForQuiz): QuizItem[] {
  return lesson.data.quiz.map((q, index) => ({
    id: `${lesson.id}#${index}`,
    question: q.question,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation,
    lessonTitle: lesson.data.title,
    teachesHref: `${routes.lesson(lesson.id)}#${TEACHES_ANCHOR}`,
  }));
}

/**
 * A mixed self-test: `perTrack` questions from each track, each from a different lesson, taking
 * the lessons in order and rotating which of their questions is asked.
 */
export function mixedQuizItems(
  lessons: readonly LessonForQuiz[],
  trackIds: readonly string[],
  perTrack: number,
): QuizItem[] {
  return trackIds.flatMap((track) =>
    lessons
      .filter((lesson) => lesson.data.track === track)
      .slice(0, perTrack)
      .map((lesson, index) => {
        const items = lessonQuizItems(lesson);
        return items[index % items.length];
      })
      .filter((item): item is QuizItem => item !== undefined),
  );
}

/** Every question of every lesson: the pool that "换一组题" draws from. */
export function allQuizItems(lessons: readonly LessonForQuiz[]): QuizItem[] {
  return lessons.flatMap(lessonQuizItems);
}
