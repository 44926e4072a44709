/**
 * Shows a review's questions (/review/) with the quiz island, rendered in the browser: the
 * questions come from the reader's own schedule, so there is nothing to render on the server.
 */
import { createRoot } from 'react-dom/client';
import Quiz, { type QuizProps } from './Quiz';

/** Renders the questions into `root`; the function returned takes them away again. */
export function renderReview(root: Element, props: QuizProps): () => void {
  const reactRoot = createRoot(root);
  reactRoot.render(<Quiz {...props} />);
  return () => reactRoot.unmount();
}
