/**
 * 复习一下 on the reader's device: reads her schedule (review-schedule.ts), fetches what the
 * lessons due can ask (/lessons/<slug>/review.json), asks three questions with the quiz island,
 * and moves each lesson on (or back two days when missed). Lists what comes next, and lets her
 * turn reviews off or clear them. Nothing leaves the device.
 */
import {
  QUESTIONS_PER_REVIEW,
  clearSchedule,
  dueLessons,
  loadSchedule,
  nextReviewDay,
  saveSchedule,
  withReviewAnswered,
  withReviewsOff,
  type ReviewSchedule,
} from '@/lib/review/review-schedule';
import { lessonResults, pickReviewQuestions, type LessonReviewData } from '@/lib/review/review-session';
import { deviceStorage } from '@/lib/device-storage';
import { localDay } from '@/lib/dates';
import { dayInWords } from '@/lib/ui-strings/day-in-words';

/** The most upcoming lessons the plan lists. */
const PLAN_SIZE = 8;

const $ = <T extends HTMLElement>(name: string) => document.querySelector<T>(`[data-review-${name}]`);
const root = document.querySelector<HTMLElement>('[data-review]');
/** The page's words (set on it at build from reviewText, which does not ship), "#" filled in. */
const words = (key: string, fill: string | number = '') =>
  (root?.dataset[key] ?? '').replace('#', String(fill));
const status = $('status');
const quizBox = $('quiz');
const after = $('after');
const more = $('more');
const again = $<HTMLButtonElement>('again');
const plan = $('plan');
const planList = $('plan-list');
const offNote = $('off-note');
const toggle = $<HTMLButtonElement>('toggle');
const clear = $<HTMLButtonElement>('clear');
const notice = $('notice');

const storage = deviceStorage();
let schedule: ReviewSchedule = loadSchedule(storage);
const today = localDay();
let unmount: (() => void) | undefined;

const material = new Map<string, Promise<LessonReviewData | undefined>>();
/** What a lesson can ask; undefined when it cannot be had (offline and not kept, or gone). */
function lessonMaterial(slug: string): Promise<LessonReviewData | undefined> {
  let found = material.get(slug);
  if (!found) {
    found = fetch(words('questions', slug))
      .then((response) => (response.ok ? (response.json() as Promise<LessonReviewData>) : undefined))
      .then((data) => (data && Array.isArray(data.questions) && data.questions.length > 0 ? data : undefined))
      .catch(() => undefined);
    material.set(slug, found);
  }
  return found;
}

const say = (text: string) => {
  if (status) status.textContent = text;
};

function emptyText(): string {
  const lessons = Object.values(schedule.lessons);
  if (lessons.length === 0) return words('nothingYet');
  if (schedule.off) return words('off');
  const next = nextReviewDay(schedule, today);
  return next ? words('noneToday', dayInWords(next, today)) : words('allDone');
}

async function showPlan() {
  if (!plan || !planList) return;
  const upcoming = Object.entries(schedule.lessons)
    .filter(([, lesson]) => lesson.due !== null)
    .sort(([, a], [, b]) => (a.due ?? '').localeCompare(b.due ?? ''))
    .slice(0, PLAN_SIZE);
  const rows = await Promise.all(
    upcoming.map(async ([slug, lesson]) => ({ data: await lessonMaterial(slug), due: lesson.due ?? today })),
  );
  planList.replaceChildren(
    ...rows.flatMap(({ data, due }) => {
      if (!data) return [];
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = data.href;
      link.textContent = data.title;
      item.append(link, `（${words('planNext', dayInWords(due < today ? today : due, today))}）`);
      return [item];
    }),
  );
  plan.hidden = schedule.off || planList.childElementCount === 0;
}

function showSettings() {
  const any = Object.keys(schedule.lessons).length > 0;
  if (toggle) {
    toggle.hidden = false;
    toggle.textContent = schedule.off ? words('turnOn') : words('turnOff');
  }
  if (clear) clear.hidden = !any;
  if (offNote) offNote.hidden = !schedule.off;
}

async function startReview() {
  unmount?.();
  unmount = undefined;
  if (after) after.hidden = true;
  const due = dueLessons(schedule, today).slice(0, QUESTIONS_PER_REVIEW);
  if (due.length === 0) {
    say(emptyText());
    return;
  }
  say(words('loading'));
  // To make up three: her other lessons, the ones learned last first.
  const others = Object.keys(schedule.lessons)
    .filter((slug) => !due.includes(slug))
    .reverse()
    .slice(0, QUESTIONS_PER_REVIEW - due.length);
  const slugs = [...due, ...others];
  const found = await Promise.all(slugs.map(lessonMaterial));
  const byLesson = new Map(found.flatMap((data) => (data ? [[data.slug, data] as const] : [])));
  const picked = pickReviewQuestions(
    slugs.map((slug) => ({ slug, stage: schedule.lessons[slug]?.stage ?? 0, due: due.includes(slug) })),
    byLesson,
    QUESTIONS_PER_REVIEW,
  );
  if (picked.length === 0 || !quizBox) {
    say(words('couldNot'));
    return;
  }
  say('');
  const { renderReview } = await import('@/islands/render-review');
  unmount = renderReview(quizBox, {
    quizId: 'review',
    items: picked.map(({ item }) => item),
    heading: words('due', picked.length),
    onFinish: (answers) => finish(picked, answers),
  });
  quizBox.querySelector<HTMLElement>('h2')?.scrollIntoView({ block: 'start' });
}

function finish(picked: Parameters<typeof lessonResults>[0], answers: readonly (number | null)[]) {
  schedule = loadSchedule(storage);
  for (const [slug, right] of lessonResults(picked, answers)) {
    const wasDue = picked.some((pick) => pick.slug === slug && pick.due);
    // A lesson asked only to make up the three moves on only by being due; a miss brings it back.
    if (wasDue || !right) schedule = withReviewAnswered(schedule, slug, today, right);
  }
  saveSchedule(storage, schedule);
  const left = dueLessons(schedule, today).length;
  if (after) after.hidden = false;
  if (more) {
    more.hidden = left === 0;
    more.textContent = words('more', left);
  }
  if (again) again.hidden = left === 0;
  void showPlan();
}

again?.addEventListener('click', () => void startReview());

toggle?.addEventListener('click', () => {
  schedule = withReviewsOff(schedule, !schedule.off);
  saveSchedule(storage, schedule);
  if (notice) notice.textContent = schedule.off ? words('off') : words('turnedOn');
  showSettings();
  void startReview();
  void showPlan();
});

clear?.addEventListener('click', () => {
  clearSchedule(storage);
  schedule = loadSchedule(storage);
  if (notice) notice.textContent = words('cleared');
  showSettings();
  void startReview();
  void showPlan();
  toggle?.focus();
});

showSettings();
void startReview();
void showPlan();
