/**
 * /present/: choose lessons for one event. The choice goes into the address of the first deck
 * (?event=a,b,c&title=…), so the event can be bookmarked and reopened.
 */
import { eventSearch } from '@/lib/slides/slides';
import { routes } from '@/lib/routes';
import { presentText } from '@/lib/ui-strings/present';

const form = document.querySelector<HTMLFormElement>('#event-form');
const status = form?.querySelector<HTMLElement>('[role="status"]');

for (const all of document.querySelectorAll<HTMLInputElement>('[data-track-all]')) {
  all.addEventListener('change', () => {
    for (const box of document.querySelectorAll<HTMLInputElement>(
      `[data-track="${all.dataset['trackAll']}"]`,
    )) {
      box.checked = all.checked;
    }
  });
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const lessons = data.getAll('lesson').map(String);
  const [first] = lessons;
  if (!first) {
    if (status) status.textContent = presentText.none;
    return;
  }
  const title = String(data.get('title') ?? '').trim();
  location.href = `${routes.slides(first)}${eventSearch({ title, lessons })}#1`;
});
