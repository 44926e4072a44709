/**
 * The salon pack page (/print/set/): reads the pack from the address (salon-pack.ts), fills in the
 * cover and the sign-in sheet, fetches each lesson's handout page and puts its sheet in, in the
 * order chosen, takes the combined worksheet's questions and answers from the lessons' own
 * worksheet and answer pages (fewer, should six long ones not fit their pages), and names (and
 * skips) any lesson the site does not have. Then the branch details go in and every sheet is
 * fitted to its page (sheets.ts). Reads nothing but those pages, so it works offline when the
 * print materials are saved: all of them, or the lessons ticked for this salon.
 */
import { packQuestions, parseSalonPack } from '@/lib/print/salon-pack';
import { localDay } from '@/lib/dates';
import { routes } from '@/lib/routes';
import { applyBranch, fitSheets, overflowsPage } from './sheets';

/** A lesson of the pack: its handout, worksheet and answer pages, all in the print materials. */
interface PackLesson {
  slug: string;
  title: string;
  handout: Document;
  worksheet: Document;
  answers: Document;
}

const status = document.querySelector<HTMLElement>('[data-pack-status]');
const text = document.querySelector<HTMLElement>('[data-pack-text]')?.dataset ?? {};
const say = (message: string) => {
  if (status) status.textContent = message;
};

/** A page of the site, parsed; undefined when the site has no such page. */
async function page(url: string): Promise<Document | undefined> {
  const response = await fetch(url);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/**
 * A lesson's three print pages, or undefined for a lesson the site does not have. Only pages the
 * print materials hold, so a pack saved for offline (the print centre's offer) comes together
 * with no network.
 */
async function packLesson(slug: string): Promise<PackLesson | undefined> {
  const [handout, worksheet, answers] = await Promise.all([
    page(routes.handout(slug)),
    page(routes.worksheet(slug)),
    page(routes.answers(slug)),
  ]);
  if (!handout || !worksheet || !answers) return undefined;
  const title = handout.querySelector('.handout__title')?.textContent?.trim() ?? slug;
  return { slug, title, handout, worksheet, answers };
}

async function compose() {
  say(status?.dataset['loading'] ?? '');
  const pack = parseSalonPack(location.search, localDay());
  const found = await Promise.all(pack.lessons.map(packLesson));
  const lessons = found.filter((lesson): lesson is PackLesson => lesson !== undefined);
  const unknown = pack.lessons.filter((_, index) => !found[index]);

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
  for (const { handout } of lessons) {
    const sheet = handout.querySelector('article.sheet');
    if (sheet && worksheet) worksheet.before(document.importNode(sheet, true));
  }

  // The combined worksheet and its answers: the lessons' first questions in turn, up to six.
  const questionsOf = (doc: Document) => doc.querySelectorAll('[data-question]');
  const picked = packQuestions(lessons.map((lesson) => questionsOf(lesson.worksheet).length));
  const questionList = document.querySelector('[data-worksheet-questions]');
  const answerList = document.querySelector('[data-answer-list]');
  const pairs: [Element, Element][] = [];
  for (const [lesson, question] of picked) {
    const q = lessons[lesson] && questionsOf(lessons[lesson].worksheet)[question];
    const a = lessons[lesson]?.answers.querySelectorAll('[data-answer]')[question];
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
