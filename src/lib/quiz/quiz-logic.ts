/**
 * The quiz's rules as plain functions: answering, scoring, what was missed. No DOM, no React:
 * the island and the unit tests share them.
 */
import { quizText } from '../ui-strings/quiz';

export interface QuizItem {
  /** Stable id: "<lesson slug>#<question index>". */
  id: string;
  question: string;
  options: readonly string[];
  /** Index of the right option, from 0. */
  answer: number;
  explanation: string;
  /** The lesson this question comes from, and the section of it that teaches the answer. */
  lessonTitle: string;
  teachesHref: string;
  /** The lesson's one sentence to remember, shown with a missed question (reviews). */
  remember?: string;
  /** What she sees or hears before the question (a message, a caller's words): reviews. */
  scene?: { label: string; lines: readonly string[] };
}

/** The reader's choice per question; null until answered. The first choice counts. */
export type Answers = readonly (number | null)[];

export const OPTION_LABELS = ['A', 'B', 'C', 'D'] as const;

export function emptyAnswers(count: number): Answers {
  return Array.from({ length: count }, () => null);
}

/** Records a choice; a question already answered keeps its first answer. */
export function choose(answers: Answers, question: number, option: number): Answers {
  if (answers[question] !== null && answers[question] !== undefined) return answers;
  return answers.map((value, index) => (index === question ? option : value));
}

export function isCorrect(item: QuizItem, chosen: number | null | undefined): boolean {
  return chosen === item.answer;
}

export interface Score {
  correct: number;
  answered: number;
  total: number;
}

export function score(items: readonly QuizItem[], answers: Answers): Score {
  let correct = 0;
  let answered = 0;
  items.forEach((item, index) => {
    const chosen = answers[index];
    if (chosen === null || chosen === undefined) return;
    answered += 1;
    if (isCorrect(item, chosen)) correct += 1;
  });
  return { correct, answered, total: items.length };
}

export function isComplete(items: readonly QuizItem[], answers: Answers): boolean {
  return items.length > 0 && score(items, answers).answered === items.length;
}

/** The questions answered wrongly, in order, to go over at the end. */
export function missed(items: readonly QuizItem[], answers: Answers): QuizItem[] {
  return items.filter((item, index) => {
    const chosen = answers[index];
    return chosen !== null && chosen !== undefined && !isCorrect(item, chosen);
  });
}

/** "4 题答对 3 题": the score in words. */
export function scoreText({ correct, total }: Pick<Score, 'correct' | 'total'>): string {
  return quizText.score(correct, total);
}

/** "B. 挂断电话，拨打 110 核实" */
export function optionText(item: Pick<QuizItem, 'options'>, index: number): string {
  return `${OPTION_LABELS[index] ?? index + 1}. ${item.options[index] ?? ''}`;
}

/** A few words of encouragement that fit the score, never shaming. */
export function verdict({ correct, total }: Pick<Score, 'correct' | 'total'>): string {
  if (total > 0 && correct === total) return quizText.allRight;
  if (correct * 2 >= total) return quizText.mostlyRight;
  return quizText.keepGoing;
}
