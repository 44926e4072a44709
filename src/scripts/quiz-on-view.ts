/**
 * Hydrates each quiz on the page when it comes into view (what Astro's client:visible does,
 * without its 1.7 KB gzip island runtime inlined in every lesson page, which broke the page's
 * 3 KB script budget). Until then the quiz works as plain HTML: radios and 看答案 disclosures.
 */
import type { QuizProps } from '@/islands/Quiz';

async function hydrate(island: HTMLElement) {
  const root = island.querySelector('[data-quiz-root]');
  const data = island.querySelector('script[data-quiz-props]');
  if (!root || !data) return;
  const props = JSON.parse(data.textContent ?? '') as QuizProps;
  const { hydrateQuiz } = await import('@/islands/hydrate-quiz');
  hydrateQuiz(root, props);
}

for (const island of document.querySelectorAll<HTMLElement>('[data-quiz-island]')) {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void hydrate(island);
  });
  observer.observe(island);
}
