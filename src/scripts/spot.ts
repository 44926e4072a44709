/**
 * 真假辨一辨 with JavaScript: two buttons per message (可疑 / 正常); pressing one marks the clue
 * words, says right or wrong and why, and keeps the answer on the device; when every message is
 * judged, the score counts misses and false alarms apart (spot-score.ts).
 */
import {
  parseSpotAnswers,
  scoreRound,
  serialiseSpotAnswers,
  SPOT_STORAGE_KEY,
  type SpotVerdict,
} from '@/lib/spot/spot-score';
import { spotScriptText as t } from '@/lib/ui-strings/spot-script';

const root = document.querySelector<HTMLElement>('[data-spot]');
const round = JSON.parse(root?.dataset['round'] ?? '[]') as { id: string; verdict: SpotVerdict }[];
const progress = document.querySelector<HTMLElement>('[data-spot-progress]');
const scoreBox = document.querySelector<HTMLElement>('[data-spot-score]');

function load(): Record<string, SpotVerdict> {
  try {
    return parseSpotAnswers(localStorage.getItem(SPOT_STORAGE_KEY));
  } catch {
    return {};
  }
}

let answers = load();

function save() {
  try {
    localStorage.setItem(SPOT_STORAGE_KEY, serialiseSpotAnswers(answers));
  } catch {
    // No storage: the round still works, it only forgets on reload.
  }
}

function showItem(item: HTMLElement, announce: boolean) {
  const id = item.dataset['spotItem'] ?? '';
  const answer = answers[id];
  const verdict = round.find((message) => message.id === id)?.verdict;
  item.classList.toggle('is-answered', answer !== undefined);
  for (const button of item.querySelectorAll<HTMLButtonElement>('[data-answer]')) {
    button.setAttribute('aria-pressed', String(button.dataset['answer'] === answer));
  }
  const feedback = item.querySelector<HTMLElement>('[data-spot-feedback]');
  const details = item.querySelector<HTMLDetailsElement>('[data-spot-answer]');
  if (details) details.open = answer !== undefined;
  if (!feedback) return;
  if (answer === undefined || verdict === undefined) {
    feedback.textContent = '';
    return;
  }
  // The verdict as the answer words it (with the trick's name), after right or wrong.
  const said = item.querySelector('.spot-item__verdict')?.textContent?.trim();
  const text = `${answer === verdict ? t.spotRight : t.spotWrong}${said ?? (verdict === 'scam' ? t.spotIsScam : t.spotIsGenuine)}。`;
  // Set after a tick when she has just answered, so the live region announces it.
  if (announce) requestAnimationFrame(() => (feedback.textContent = text));
  else feedback.textContent = text;
}

function showScore(moveFocus: boolean) {
  const score = scoreRound(round, answers);
  if (progress) {
    progress.hidden = false;
    progress.textContent = t.spotProgress(score.answered, score.total);
  }
  if (!scoreBox) return;
  const done = score.answered === score.total && score.total > 0;
  scoreBox.hidden = !done;
  if (!done) return;
  const set = (selector: string, text: string) => {
    const element = scoreBox.querySelector(selector);
    if (element) element.textContent = text;
  };
  set('[data-spot-score-right]', t.spotScore(score.right, score.total));
  set('[data-spot-score-misses]', t.spotMisses(score.misses));
  set('[data-spot-score-false-alarms]', t.spotFalseAlarms(score.falseAlarms));
  if (moveFocus) scoreBox.querySelector<HTMLElement>('h2')?.focus();
}

if (root) {
  const items = [...root.querySelectorAll<HTMLElement>('[data-spot-item]')];
  for (const item of items) {
    const choose = item.querySelector<HTMLElement>('[data-spot-choose]');
    if (choose) choose.hidden = false;
    item.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-answer]');
      const id = item.dataset['spotItem'];
      if (!button || !id || answers[id] !== undefined) return;
      answers = { ...answers, [id]: button.dataset['answer'] as SpotVerdict };
      save();
      showItem(item, true);
      showScore(scoreRound(round, answers).answered === round.length);
    });
    showItem(item, false);
  }
  showScore(false);
  scoreBox?.querySelector('[data-spot-again]')?.addEventListener('click', () => {
    answers = {};
    save();
    for (const item of items) showItem(item, false);
    showScore(false);
    items[0]?.querySelector<HTMLButtonElement>('[data-answer]')?.focus();
  });
}
