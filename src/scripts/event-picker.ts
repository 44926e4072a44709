/**
 * /present/: choose lessons for one event, in the order they will be given: the order ticked,
 * shown as a list that can be rearranged (上移/下移). The choice goes into the address of the
 * first deck (?event=a,b,c&title=…), so the event can be bookmarked and reopened.
 */
import { eventSearch } from '@/lib/slides/slides';
import { routes } from '@/lib/routes';
import { presentText } from '@/lib/ui-strings/present';

const form = document.querySelector<HTMLFormElement>('#event-form');
const status = form?.querySelector<HTMLElement>('[role="status"]');
const order = form?.querySelector<HTMLOListElement>('[data-event-order]');
const boxes = [...document.querySelectorAll<HTMLInputElement>('input[name="lesson"]')];
const titleOf = (slug: string) => boxes.find((box) => box.value === slug)?.dataset['title'] ?? slug;
/** The lessons chosen, in the order they will be given. */
let chosen: string[] = boxes.filter((box) => box.checked).map((box) => box.value);

function button(label: string, text: string, onClick: () => void) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'event-form__move';
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.addEventListener('click', onClick);
  return element;
}

function move(from: number, to: number) {
  const [slug] = chosen.splice(from, 1);
  if (slug) chosen.splice(to, 0, slug);
  renderOrder();
  order?.querySelectorAll('li')[to]?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
}

function renderOrder() {
  if (!order) return;
  order.replaceChildren(
    ...chosen.map((slug, i) => {
      const item = document.createElement('li');
      const title = document.createElement('span');
      title.textContent = `${i + 1}. ${titleOf(slug)}`;
      item.append(title);
      if (i > 0) item.append(button(presentText.up(titleOf(slug)), '↑', () => move(i, i - 1)));
      if (i < chosen.length - 1)
        item.append(button(presentText.down(titleOf(slug)), '↓', () => move(i, i + 1)));
      return item;
    }),
  );
  order.hidden = chosen.length === 0;
}

for (const box of boxes) {
  box.addEventListener('change', () => {
    chosen = chosen.filter((slug) => slug !== box.value);
    if (box.checked) chosen.push(box.value);
    renderOrder();
  });
}

for (const all of document.querySelectorAll<HTMLInputElement>('[data-track-all]')) {
  all.addEventListener('change', () => {
    for (const box of boxes.filter((each) => each.dataset['track'] === all.dataset['trackAll'])) {
      if (box.checked !== all.checked) {
        box.checked = all.checked;
        box.dispatchEvent(new Event('change'));
      }
    }
  });
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const [first] = chosen;
  if (!first) {
    if (status) status.textContent = presentText.none;
    return;
  }
  const title = String(new FormData(form).get('title') ?? '').trim();
  const search = eventSearch({ title, lessons: chosen });
  // 打印讲稿和流程表: the same lessons, as speaker notes and a run sheet.
  location.href =
    (event.submitter as HTMLElement | null)?.dataset['notes'] !== undefined
      ? `${routes.eventNotes}${search}`
      : `${routes.slides(first)}${search}#1`;
});

renderOrder();
