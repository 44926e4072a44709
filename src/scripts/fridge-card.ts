/**
 * Fills in the fridge card: the lessons she has done on this device (a finished lesson quiz, or a
 * lesson in her review schedule), the last done first, each with its sentence to remember
 * (from /lessons/<slug>/review.json), as many as the A4 page holds; the rest are counted.
 */
import { loadProgress } from '@/lib/quiz/quiz-storage';
import { deviceStorage } from '@/lib/device-storage';
import { loadSchedule } from '@/lib/review/review-schedule';
import { doneLessons } from '@/lib/review/review-session';
import type { LessonReviewData } from '@/lib/review/review-session';
import { overflowsPage } from '@/scripts/sheets';

const sheet = document.querySelector<HTMLElement>('[data-fridge-card]');
const status = document.querySelector<HTMLElement>('[data-fridge-status]');
const list = document.querySelector<HTMLElement>('[data-fridge-list]');
const more = document.querySelector<HTMLElement>('[data-fridge-more]');
/** The card's words (set on the page at build), "#" filled in. */
const words = (key: string, fill: string | number = '') =>
  (sheet?.dataset[key] ?? '').replace('#', String(fill));

async function lesson(slug: string): Promise<LessonReviewData | undefined> {
  try {
    const response = await fetch(words('questions', slug));
    return response.ok ? ((await response.json()) as LessonReviewData) : undefined;
  } catch {
    return undefined;
  }
}

async function fill() {
  if (!sheet || !status || !list || !more) return;
  const storage = deviceStorage();
  const slugs = doneLessons(loadProgress(storage), loadSchedule(storage));
  const found = (await Promise.all(slugs.map(lesson))).filter((data) => data !== undefined);
  if (found.length === 0) {
    status.textContent = words('empty');
    return;
  }
  status.hidden = true;
  list.hidden = false;
  list.replaceChildren(
    ...found.map((data) => {
      const item = document.createElement('li');
      const remember = document.createElement('span');
      remember.className = 'fridge-card__remember';
      remember.textContent = data.remember;
      item.append(remember, `（${data.title}）`);
      return item;
    }),
  );
  // As many as one page holds, with the line that counts the rest: the last done stay.
  let left = 0;
  more.hidden = false;
  more.textContent = words('more', found.length);
  while (list.childElementCount > 1 && overflowsPage(sheet)) {
    list.lastElementChild?.remove();
    left += 1;
    more.textContent = words('more', left);
  }
  more.hidden = left === 0;
}

void fill();
