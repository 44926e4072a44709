/**
 * The salon pack page (/print/set/): reads the pack from the address (salon-pack.ts), fills in the
 * cover and the sign-in sheet, fetches each lesson's handout page and puts its sheet in, in the
 * order chosen, takes the combined worksheet's questions and answers from the lessons' own
 * worksheet and answer pages (fewer, should six long ones not fit their pages), and names (and
 * skips) any lesson it does not know. Then the branch
 * details go in and every sheet is fitted to its page (sheets.ts). Works offline when the print
 * materials are saved.
 */
import { packQuestions, parseSalonPack } from '@/lib/print/salon-pack';
import { localDay } from '@/lib/dates';
import { routes } from '@/lib/routes';
import { applyBranch, fitSheets, overflowsPage } from './sheets';

interface CatalogueLesson {
  slug: string;
  title: string;
  quiz: unknown[];
}

const status = document.querySelector<HTMLElement>('[data-pack-status]');
const text = document.querySelector<HTMLElement>('[data-pack-text]')?.dataset ?? {};
const say = (message: string) => {
  if (status) status.textContent = message;
};

async function page(url: string): Promise<Document> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

async function compose() {
  say(status?.dataset['loading'] ?? '');
  const pack = parseSalonPack(location.search, localDay());
  const catalogue = (await (await fetch(routes.catalogue)).json()) as { lessons: CatalogueLesson[] };
  const bySlug = new Map(catalogue.lessons.map((lesson) => [lesson.slug, lesson]));
  const lessons = pack.lessons.flatMap((slug) => bySlug.get(slug) ?? []);
  const unknown = pack.lessons.filter((slug) => !bySlug.has(slug));

  const title = pack.title || (document.querySelector('[data-event-title]')?.textContent ?? '');
  for (const element of document.querySelectorAll<HTMLElement>('[data-event-title]'))
    element.textContent = title;
  for (const element of document.querySelectorAll<HTMLElement>('[data-event-date], [data-sheet-date]'))
    element.textContent = pack.date;
  const list = document.querySelector<HTMLElement>('[data-cover-lessons]');
  list?.replaceChildren(
    ...lessons.map((lesson) => Object.assign(document.createElement('li'), { textContent: lesson.title })),
  );

  // Each lesson's handout, in the order chosen, after the cover.
  const worksheet = document.querySelector<HTMLElement>('[data-worksheet]');
  const handouts = await Promise.all(lessons.map((lesson) => page(routes.handout(lesson.slug))));
  for (const doc of handouts) {
    const sheet = doc.querySelector('article.sheet');
    if (sheet && worksheet) worksheet.before(document.importNode(sheet, true));
  }

  // The combined worksheet and its answers: the lessons' first questions in turn, up to six.
  const picked = packQuestions(lessons.map((lesson) => lesson.quiz.length));
  const needed = [...new Set(picked.map(([lesson]) => lesson))];
  const [worksheets, answers] = await Promise.all([
    Promise.all(needed.map((i) => page(routes.worksheet(lessons[i]?.slug ?? '')))),
    Promise.all(needed.map((i) => page(routes.answers(lessons[i]?.slug ?? '')))),
  ]);
  const questionList = document.querySelector('[data-worksheet-questions]');
  const answerList = document.querySelector('[data-answer-list]');
  const pairs: [Element, Element][] = [];
  for (const [lesson, question] of picked) {
    const at = needed.indexOf(lesson);
    const q = worksheets[at]?.querySelectorAll('[data-question]')[question];
    const a = answers[at]?.querySelectorAll('[data-answer]')[question];
    if (!q || !a) continue;
    const pair: [Element, Element] = [document.importNode(q, true), document.importNode(a, true)];
    questionList?.append(pair[0]);
    answerList?.append(pair[1]);
    pairs.push(pair);
  }

  applyBranch();
  await fitSheets();
  // Long questions: the worksheet and its answers stay one page each, a question at a time less.
  const answerSheet = document.querySelector<HTMLElement>('[data-answers]');
  const tooLong = () => [worksheet, answerSheet].some((sheet) => sheet && overflowsPage(sheet));
  while (pairs.length > 1 && tooLong()) pairs.pop()?.forEach((element) => element.remove());
  const messages = [];
  if (lessons.length === 0) messages.push(text['none'] ?? '');
  else messages.push((text['ready'] ?? '').replace('#', String(lessons.length)));
  if (unknown.length > 0) messages.push((text['unknown'] ?? '').replace('#', unknown.join('、')));
  say(messages.join(' '));
  document.documentElement.dataset['packReady'] = '';
}

compose().catch(() => say(text['failed'] ?? ''));
