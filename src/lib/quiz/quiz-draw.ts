/** Draws a new set of questions for the mixed self-test, without repeating one. */
import type { QuizItem } from './quiz-logic';

export function drawQuestions(
  pool: readonly QuizItem[],
  size: number,
  random: () => number = Math.random,
): QuizItem[] {
  const copy = [...pool];
  // Fisher–Yates, stopping once enough are drawn.
  const count = Math.min(size, copy.length);
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(random() * (copy.length - i));
    const a = copy[i];
    const b = copy[j];
    if (a !== undefined && b !== undefined) {
      copy[i] = b;
      copy[j] = a;
    }
  }
  return copy.slice(0, count);
}
