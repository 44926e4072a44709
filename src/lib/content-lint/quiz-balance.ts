/**
 * A fair quiz gives nothing away: a reader who knows nothing should not pass by picking the
 * longest option or always the second. Each question (questionProblems): at least three options,
 * two only where it is marked `yesNo`; a whole question; an explanation that says why, more than
 * the right option again. Over the whole library (quizBalance): the right answer is strictly the
 * longest option in at most 40 % of questions, and no position holds it in more than 45 %.
 */
import { charCount } from '../schema/common';

export const QUIZ_RULES = {
  minOptions: 3,
  /** The most questions whose right answer may be strictly the longest option. */
  longestRightShare: 0.4,
  /** The most questions whose right answer may sit at any one position. */
  positionShare: 0.45,
  /** An explanation shorter than this (after the right option's words are taken out) says no why. */
  minExplanation: 20,
} as const;

export interface LintedQuestion {
  /** Where it is, for the message: "<file>: quiz[2]". */
  where: string;
  question: string;
  options: readonly string[];
  answer: number;
  yesNo?: boolean | undefined;
  explanation: string;
}

/** True when the right option is longer than every other option. */
export function rightIsLongest({ options, answer }: Pick<LintedQuestion, 'options' | 'answer'>): boolean {
  const right = charCount(options[answer] ?? '');
  return options.every((option, index) => index === answer || charCount(option) < right);
}

/** What is wrong with one question on its own. */
export function questionProblems(q: LintedQuestion): string[] {
  const problems: string[] = [];
  if (q.options.length < QUIZ_RULES.minOptions && !q.yesNo)
    problems.push(
      `${q.where}: ${q.options.length} options; offer at least ${QUIZ_RULES.minOptions} (a wrong answer real people choose), or mark a real yes/no question \`yesNo: true\``,
    );
  if (q.yesNo && q.options.length !== 2)
    problems.push(`${q.where}: yesNo is for a question with two options; this one has ${q.options.length}`);
  if (!/[？?]$/u.test(q.question.trim()))
    problems.push(`${q.where}: the question should be a whole question ending in “？”`);
  const right = q.options[q.answer] ?? '';
  const why = right ? q.explanation.replaceAll(right, '') : q.explanation;
  if (charCount(why.trim()) < QUIZ_RULES.minExplanation)
    problems.push(
      `${q.where}: the explanation should say why (at least ${QUIZ_RULES.minExplanation} characters besides the right answer's words)`,
    );
  return problems;
}

export interface QuizBalance {
  questions: number;
  /** Questions whose right answer is strictly the longest option. */
  longestRight: number;
  /** How many right answers sit at each position (0, 1, 2, 3). */
  positions: number[];
  problems: string[];
}

/** The library-wide balance of the quiz, with what breaks the rules. */
export function quizBalance(questions: readonly LintedQuestion[]): QuizBalance {
  const positions = [0, 0, 0, 0];
  let longestRight = 0;
  for (const q of questions) {
    positions[q.answer] = (positions[q.answer] ?? 0) + 1;
    if (rightIsLongest(q)) longestRight += 1;
  }
  const total = questions.length;
  const percent = (count: number) => `${Math.round((count / Math.max(total, 1)) * 100)} %`;
  const problems: string[] = [];
  if (longestRight > total * QUIZ_RULES.longestRightShare)
    problems.push(
      `the right answer is strictly the longest option in ${longestRight} of ${total} questions (${percent(longestRight)}); at most ${QUIZ_RULES.longestRightShare * 100} %, or guessing the longest passes. Questions: ${questions
        .filter(rightIsLongest)
        .map((q) => q.where)
        .join(', ')}`,
    );
  positions.forEach((count, position) => {
    if (count > total * QUIZ_RULES.positionShare)
      problems.push(
        `the right answer is option ${position + 1} in ${count} of ${total} questions (${percent(count)}); at most ${QUIZ_RULES.positionShare * 100} % at any one position`,
      );
  });
  return { questions: total, longestRight, positions, problems };
}
