/**
 * Brings a server-rendered quiz to life: React takes over the markup already on the page
 * (hydration), with the same props it was rendered from. Loaded by quiz-on-view.ts only when
 * the quiz scrolls into view; React and the quiz's code come with it.
 */
import { hydrateRoot } from 'react-dom/client';
import Quiz, { type QuizProps } from './Quiz';

export function hydrateQuiz(root: Element, props: QuizProps): void {
  hydrateRoot(root, <Quiz {...props} />);
}
