/**
 * Brings a server-rendered quiz to life: React takes over the markup already on the page
 * (hydration), with the same props it was rendered from. Loaded by quiz-on-view.ts only when
 * the quiz scrolls into view; React and the quiz's code come with it. What the reader chose in
 * the plain form meanwhile is read first and handed over, so it is answered, not wiped.
 */
import { hydrateRoot } from 'react-dom/client';
import Quiz, { type QuizProps } from './Quiz';

/** The option checked in each question's radio group, by question, before React runs. */
export function chosenInForm(root: Element, props: QuizProps): (number | null)[] {
  return props.items.map((_, question) => {
    const checked = root.querySelector<HTMLInputElement>(
      `input[type="radio"][name="${CSS.escape(`${props.quizId}-q${question}`)}"]:checked`,
    );
    const option = checked ? Number(checked.value) : NaN;
    return Number.isInteger(option) ? option : null;
  });
}

export function hydrateQuiz(root: Element, props: QuizProps): void {
  hydrateRoot(root, <Quiz {...props} chosenBeforeHydration={chosenInForm(root, props)} />);
}
