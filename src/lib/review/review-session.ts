/**
 * Today's review on the reader's device: which questions to ask, from the lessons due and her
 * others, and what her answers mean for each lesson. No DOM: the review page and the unit tests
 * share it. (What each lesson can ask is built with the site: review-questions.ts.)
 */
import type { QuizItem } from '../quiz/quiz-logic';

/** One lesson's review material, as /lessons/<slug>/review.json holds it. */
export interface LessonReviewData {
  slug: string;
  title: string;
  href: string;
  /** The lesson's one sentence to remember: shown when a review question is missed, and on the fridge card. */
  remember: string;
  /** Other angles first (real or fake messages, drill steps), then the lesson's quiz questions. */
  questions: QuizItem[];
}

/** A lesson in today's review: the one due, or one of hers asked to make up the three. */
export interface ReviewPick {
  slug: string;
  /** Its stage in the schedule: which of its questions comes up (the next one each time). */
  stage: number;
  due: boolean;
}

export interface PickedQuestion {
  item: QuizItem;
  slug: string;
  due: boolean;
}

/**
 * Today's questions: one from each lesson due (up to `count`, the longest waiting first), then
 * one from each of her other lessons, then more from the due ones, until there are `count`. The
 * question a lesson asks moves on with its stage, so each review asks something new.
 */
export function pickReviewQuestions(
  picks: readonly ReviewPick[],
  material: ReadonlyMap<string, LessonReviewData>,
  count: number,
): PickedQuestion[] {
  const chosen: PickedQuestion[] = [];
  const taken = new Set<string>();
  const next = (pick: ReviewPick, round: number) => {
    const questions = material.get(pick.slug)?.questions ?? [];
    for (let k = 0; k < questions.length; k += 1) {
      const item = questions[(pick.stage + round + k) % questions.length];
      if (item && !taken.has(item.id)) return item;
    }
    return undefined;
  };
  const due = picks.filter((pick) => pick.due);
  const others = picks.filter((pick) => !pick.due);
  const rounds: [ReviewPick, number][] = [
    ...due.map((pick) => [pick, 0] as [ReviewPick, number]),
    ...others.map((pick) => [pick, 1] as [ReviewPick, number]),
    ...[1, 2, 3].flatMap((round) => due.map((pick) => [pick, round] as [ReviewPick, number])),
  ];
  for (const [pick, round] of rounds) {
    if (chosen.length >= count) break;
    const item = next(pick, round);
    if (!item) continue;
    taken.add(item.id);
    chosen.push({ item, slug: pick.slug, due: pick.due });
  }
  return chosen;
}

/** Whether each lesson of the review was answered right: all of its questions, or not. */
export function lessonResults(
  picked: readonly PickedQuestion[],
  answers: readonly (number | null)[],
): Map<string, boolean> {
  const results = new Map<string, boolean>();
  picked.forEach(({ item, slug }, index) => {
    const right = answers[index] === item.answer;
    results.set(slug, (results.get(slug) ?? true) && right);
  });
  return results;
}

interface QuizProgressShape {
  quizzes: Record<string, { best: number | null }>;
}
interface ScheduleShape {
  lessons: Record<string, { learned: string }>;
}

/**
 * The lessons she has done on this device, the last done first: those whose quiz she finished
 * (not the mixed self-test) and those in her review schedule.
 */
export function doneLessons(progress: QuizProgressShape, schedule: ScheduleShape): string[] {
  const finished = Object.entries(progress.quizzes)
    .filter(([id, record]) => record.best !== null && id !== 'mixed')
    .map(([id]) => id);
  // Both are kept in the order they were written: quizzes finished before reviews began (or
  // while they were off) count as the older.
  const ordered = [...finished.filter((id) => !schedule.lessons[id]), ...Object.keys(schedule.lessons)];
  return ordered.reverse().filter((id) => /^[a-z0-9-]{1,80}$/.test(id));
}
