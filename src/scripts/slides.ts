/**
 * The slide controller: one slide in view, its number in location.hash (a reload keeps it),
 * clicker and keyboard keys, blank screen, fullscreen, go to, overview, key help, a presenter view
 * in a second window kept in step over BroadcastChannel, and event playlists (?event=a,b,c).
 */
import {
  clampSlide,
  eventNeighbours,
  eventSearch,
  hashForSlide,
  keyAction,
  parseEvent,
  slideFromHash,
  type SlideAction,
} from '@/lib/slides/slides';
import { routes } from '@/lib/routes';
import { slidesText } from '@/lib/ui-strings/slides';

const deck = document.querySelector<HTMLElement>('[data-deck]');
const slug = deck?.dataset['slug'] ?? '';
const params = new URLSearchParams(location.search);
const isPresenter = params.has('presenter');
// An event naming a lesson that does not exist leaves it out (never counted, never a 404 for the room).
const known = new Set((deck?.dataset['knownLessons'] ?? '').split(','));
const plan = parseEvent(location.search, (lesson) => known.has(lesson));

function query<T extends HTMLElement>(selector: string): T | undefined {
  return document.querySelector<T>(selector) ?? undefined;
}

function addEventTitleSlide(root: HTMLElement) {
  if (!plan || plan.lessons[0] !== slug) return;
  const slide = document.createElement('section');
  slide.className = 'slide slide--title';
  slide.dataset['slideKind'] = 'event';
  const title = document.createElement('h1');
  title.textContent = plan.title || slidesText.eventTitle;
  const count = document.createElement('p');
  count.textContent = slidesText.eventLessons(plan.lessons.length);
  slide.append(title, count);
  root.prepend(slide);
}

function start(root: HTMLElement) {
  addEventTitleSlide(root);
  const slides = [...root.querySelectorAll<HTMLElement>('.slide')];
  const bar = query('[data-deck-bar]');
  const counter = query('[data-deck-counter]');
  const help = query('[data-deck-help]');
  const goto = query<HTMLFormElement>('[data-deck-goto]');
  const notes = query('[data-deck-notes]');
  const notesText = query('[data-deck-notes-text]');
  const timer = query('[data-deck-timer]');
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(`purse-guard-slides:${slug}`) : undefined;
  let current = -1;

  root.classList.add('deck--live');
  if (bar) bar.hidden = false;
  slides.forEach((slide, i) => {
    slide.setAttribute('aria-roledescription', slidesText.roleDescription);
    slide.setAttribute('aria-label', slidesText.counter(i + 1, slides.length));
  });

  const show = (index: number, { broadcast = true } = {}) => {
    const next = clampSlide(index, slides.length);
    slides.forEach((slide, i) => {
      slide.classList.toggle('is-current', i === next);
      slide.classList.toggle('is-next', i === next + 1);
    });
    if (next !== current) {
      current = next;
      if (location.hash !== hashForSlide(next)) history.replaceState(null, '', hashForSlide(next));
      if (counter) counter.textContent = slidesText.counter(next + 1, slides.length);
      if (notesText)
        notesText.innerHTML = slides[next]?.querySelector('[data-presenter-notes]')?.innerHTML ?? '';
      if (broadcast) channel?.postMessage({ slide: next });
    }
  };

  const leaveTo = (lesson: string, hash: string) => {
    if (!plan) return;
    location.href = `${routes.slides(lesson)}${eventSearch(plan)}${hash}`;
  };

  const closePanels = () => {
    // Leave the go-to box at once: a hidden input keeps focus until the browser's next update,
    // and keys pressed meanwhile (a quick ? after G, Enter) would go to it, not to the deck.
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && (goto?.contains(focused) || help?.contains(focused)))
      focused.blur();
    if (help) help.hidden = true;
    if (goto) goto.hidden = true;
  };

  const act = (action: SlideAction) => {
    const neighbours = plan ? eventNeighbours(plan, slug) : {};
    switch (action) {
      case 'next':
        if (current === slides.length - 1 && neighbours.next) leaveTo(neighbours.next, '#1');
        else show(current + 1);
        break;
      case 'previous':
        if (current === 0 && neighbours.previous) leaveTo(neighbours.previous, '#999');
        else show(current - 1);
        break;
      case 'first':
        show(0);
        break;
      case 'last':
        show(slides.length - 1);
        break;
      case 'blank':
        root.classList.toggle('deck--blank');
        break;
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        break;
      case 'goto':
        if (goto) {
          goto.hidden = false;
          goto.querySelector('input')?.focus();
        }
        break;
      case 'overview':
        if (help && !help.hidden) closePanels();
        else root.classList.toggle('deck--overview');
        if (root.classList.contains('deck--overview')) slides[current]?.scrollIntoView({ block: 'center' });
        break;
      case 'help':
        if (help) help.hidden = !help.hidden;
        break;
      case 'presenter':
        window.open(
          `${location.pathname}?presenter${plan ? `&${eventSearch(plan).slice(1)}` : ''}${hashForSlide(current)}`,
          'purse-guard-presenter',
        );
        break;
    }
  };

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select')) {
      if (event.key === 'Escape') closePanels();
      return;
    }
    // Space and Enter on a button (显示答案) press the button, not the deck.
    if (target?.closest('button') && (event.key === ' ' || event.key === 'Enter')) return;
    const action = keyAction(event.key);
    if (!action) return;
    event.preventDefault();
    act(action);
  });

  root.addEventListener('click', (event) => {
    if (!root.classList.contains('deck--overview')) return;
    const slide = (event.target as HTMLElement).closest<HTMLElement>('.slide');
    if (!slide) return;
    root.classList.remove('deck--overview');
    show(slides.indexOf(slide));
  });

  goto?.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = Number(new FormData(goto).get('slide'));
    closePanels();
    if (Number.isFinite(value)) show(value - 1);
  });

  addEventListener('hashchange', () => show(slideFromHash(location.hash, slides.length)));
  channel?.addEventListener('message', (event: MessageEvent<{ slide?: number }>) => {
    if (typeof event.data?.slide === 'number') show(event.data.slide, { broadcast: false });
  });

  if (isPresenter) {
    document.body.classList.add('deck-presenter');
    if (notes) notes.hidden = false;
    const started = Date.now();
    setInterval(() => {
      const seconds = Math.floor((Date.now() - started) / 1000);
      if (timer)
        timer.textContent = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
    }, 1000);
  }

  show(location.hash === '#999' ? slides.length - 1 : slideFromHash(location.hash, slides.length), {
    broadcast: false,
  });
}

if (deck) start(deck);
