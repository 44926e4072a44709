/**
 * The event's speaker notes page: for ?event=a,b,c&title=…, fetches each lesson's notes page and
 * puts its notes here in the event's order, and fills the run sheet of a 45-minute salon for
 * those lessons (src/lib/slides/outline.ts). A lesson whose notes cannot be fetched (an id that
 * does not exist) is named and left out.
 */
import { parseEvent } from '@/lib/slides/slides';
import { runSheet } from '@/lib/slides/outline';
import { routes } from '@/lib/routes';

const root = document.querySelector<HTMLElement>('[data-event-notes]');
const plan = parseEvent(location.search);

function cell(text: string) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

async function notesOf(slug: string): Promise<HTMLElement | undefined> {
  const response = await fetch(routes.speakerNotes(slug)).catch(() => undefined);
  if (!response?.ok) return undefined;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const article = page.querySelector<HTMLElement>('[data-speaker-notes]');
  return article ? (document.importNode(article, true) as HTMLElement) : undefined;
}

async function start(container: HTMLElement) {
  if (!plan) return;
  container.hidden = false;
  const title = document.querySelector('[data-event-notes-title]');
  if (title && plan.title) title.textContent = `${title.textContent}：${plan.title}`;
  const found = await Promise.all(plan.lessons.map(notesOf));
  const articles = found.filter((article): article is HTMLElement => Boolean(article));
  container.querySelector('[data-event-notes-lessons]')?.replaceChildren(...articles);
  const missing = plan.lessons.filter((_, i) => !found[i]);
  const note = container.querySelector<HTMLElement>('[data-event-notes-missing]');
  if (note && missing.length > 0) {
    note.textContent = (container.dataset['missing'] ?? '').replace('#', missing.join('、'));
    note.hidden = false;
  }
  const labels = JSON.parse(container.dataset['run'] ?? '{}') as Record<
    'welcome' | 'questions' | 'handOut',
    string
  >;
  const lessonLabel = container.dataset['lessonLabel'] ?? '';
  const items = runSheet(
    articles.map((article) => ({
      title: article.dataset['title'] ?? '',
      minutes: Number(article.dataset['minutes']) || 10,
    })),
    { ...labels, lesson: (n, lesson) => lessonLabel.replace('N', String(n)).replace('#', lesson) },
  );
  container.querySelector('[data-run-sheet]')?.replaceChildren(
    ...items.map((item) => {
      const row = document.createElement('tr');
      row.append(
        cell(`${Math.floor(item.at / 60)}:${String(item.at % 60).padStart(2, '0')}`),
        cell(String(item.minutes)),
        cell(item.what),
      );
      return row;
    }),
  );
}

if (root) void start(root);
