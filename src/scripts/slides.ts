/**
 * The slide controller: one slide in view, its number in location.hash (a reload keeps it), a
 * clicker's keys (what each does: src/lib/slides/deck-state.ts), a black screen, fullscreen, go
 * to, overview and key help, each slide's type stepped down until it fits (never below 32 px of
 * body text), a presenter view in a popup window kept in step with the room's window across the
 * lessons of an event, and events (?event=a,b,c&title=…): a title slide and an agenda before the
 * first lesson, a closing slide with a QR code to the event's salon pack after the last.
 */
import {
  eventNeighbours,
  eventSearch,
  hashForSlide,
  keyAction,
  parseEvent,
  slideFromHash,
} from '@/lib/slides/slides';
import { gotoSlide, initialState, step, type DeckAction, type DeckState } from '@/lib/slides/deck-state';
import { routes } from '@/lib/routes';
import { slidesText } from '@/lib/ui-strings/slides';

const deck = document.querySelector<HTMLElement>('[data-deck]');
const slug = deck?.dataset['slug'] ?? '';
const params = new URLSearchParams(location.search);
const isPresenter = params.has('presenter');
const lessons = JSON.parse(deck?.querySelector('[data-deck-lessons]')?.textContent ?? '[]') as {
  slug: string;
  title: string;
}[];
const titles = new Map(lessons.map((lesson) => [lesson.slug, lesson.title]));
// An event naming a lesson that does not exist leaves it out: never counted, never a 404 for the
// room; the presenter view says which.
const plan = parseEvent(location.search, (lesson) => titles.has(lesson));
const skipped = (params.get('event') ?? '')
  .split(',')
  .map((lesson) => lesson.trim())
  .filter((lesson) => lesson && !titles.has(lesson));
/** Body text never steps below this to make a slide fit (px). */
const MIN_BODY_PX = 32;
/** Nor a slide's heading below this (px). */
const MIN_TITLE_PX = 40;
/** The go-to box closes by itself after this long without input. */
const GOTO_IDLE_MS = 8000;
/** When the talk began, kept by the presenter's window across the lessons of an event. */
const TALK_START = 'purse-guard:talk-start';

function query<T extends HTMLElement>(selector: string): T | undefined {
  return document.querySelector<T>(selector) ?? undefined;
}

/** A slide the event adds, with what the presenter says on it. */
function slideElement(kind: string, heading: string, note: string, className = 'slide') {
  const slide = document.createElement('section');
  slide.className = className;
  slide.dataset['slideKind'] = kind;
  const title = document.createElement(kind === 'event' ? 'h1' : 'h2');
  title.textContent = heading;
  const notes = document.createElement('aside');
  notes.dataset['presenterNotes'] = '';
  notes.hidden = true;
  notes.textContent = note;
  slide.append(title, notes);
  return slide;
}

/** Before the first lesson of an event: its title, then the agenda. */
function eventOpening(): HTMLElement[] {
  if (!plan || plan.lessons[0] !== slug) return [];
  const title = slideElement(
    'event',
    plan.title || slidesText.eventTitle,
    slidesText.eventTitleNote,
    'slide slide--title',
  );
  const count = document.createElement('p');
  count.textContent = slidesText.eventLessons(plan.lessons.length);
  title.append(count);
  const agenda = slideElement('agenda', slidesText.agenda, slidesText.agendaNote);
  const list = document.createElement('ol');
  list.className = 'slide__agenda';
  for (const lesson of plan.lessons) {
    const item = document.createElement('li');
    item.textContent = titles.get(lesson) ?? lesson;
    list.append(item);
  }
  agenda.append(list);
  return [title, agenda];
}

/** After the last lesson of an event: the salon pack of the event, by QR code. */
function eventClosing(): HTMLElement[] {
  if (!plan || plan.lessons.length < 2 || plan.lessons.at(-1) !== slug) return [];
  const slide = slideElement('event-closing', slidesText.eventClosing, slidesText.eventClosingNote);
  const address = new URL(
    `${routes.salonPackPage}?${new URLSearchParams({ lessons: plan.lessons.join(',') })}`,
    deck?.dataset['site'] || location.origin,
  ).href;
  const close = document.createElement('div');
  close.className = 'slide__close';
  const qr = document.createElement('div');
  qr.className = 'slide__qr';
  qr.setAttribute('role', 'img');
  qr.setAttribute('aria-label', slidesText.packQr);
  const text = document.createElement('p');
  text.className = 'slide__url';
  text.textContent = slidesText.packLead;
  close.append(qr, text);
  slide.append(close);
  void import('qrcode')
    .then(({ toString }) => toString(address, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
    .then((svg) => {
      // The library's own SVG markup, from a URL this script built.
      qr.innerHTML = svg;
    })
    .catch(() => {
      qr.remove();
      text.textContent = address;
    });
  return [slide];
}

function twoDigits(n: number) {
  return String(n).padStart(2, '0');
}

function start(root: HTMLElement) {
  root.prepend(...eventOpening());
  root.append(...eventClosing());
  const slides = [...root.querySelectorAll<HTMLElement>('.slide')];
  const shape = {
    count: slides.length,
    revealable: (index: number) => slides[index]?.dataset['slideKind'] === 'quiz',
  };
  const bar = query('[data-deck-bar]');
  const counter = query('[data-deck-counter]');
  const hint = query('[data-deck-hint]');
  const help = query('[data-deck-help]');
  const goto = query<HTMLFormElement>('[data-deck-goto]');
  const blackout = query('[data-deck-blackout]');
  const notes = query('[data-deck-notes]');
  const notesText = query('[data-deck-notes-text]');
  const where = query('[data-deck-where]');
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel('purse-guard-slides') : undefined;
  const lessonNumber = plan ? plan.lessons.indexOf(slug) + 1 : 0;
  let state: DeckState = initialState(-1);
  let gotoTimer: ReturnType<typeof setTimeout> | undefined;

  document.documentElement.classList.add('deck-live');
  root.classList.add('deck--live');
  if (bar) bar.hidden = false;
  slides.forEach((slide, i) => {
    slide.setAttribute('aria-roledescription', slidesText.roleDescription);
    slide.setAttribute('aria-label', slidesText.counter(i + 1, slides.length));
  });

  /**
   * Steps the slide's type down (body text never below 32 px) until it fits the screen. A quiz
   * slide must fit both ways, asked (every option) and answered (the right option and the
   * explanation), so its type stays the same when the answer is revealed.
   */
  const fit = (slide: HTMLElement | undefined) => {
    if (!slide || isPresenter) return;
    const revealed = slide.classList.contains('is-revealed');
    const states = slide.dataset['slideKind'] === 'quiz' ? [false, true] : [revealed];
    const overflows = () =>
      states.some((state) => {
        slide.classList.toggle('is-revealed', state);
        return slide.scrollHeight > slide.clientHeight;
      });
    slide.style.removeProperty('--fit');
    slide.style.removeProperty('--fit-title');
    const body = parseFloat(getComputedStyle(slide).fontSize);
    let scale = 1;
    while (overflows() && body * (scale - 0.05) >= MIN_BODY_PX) {
      scale -= 0.05;
      slide.style.setProperty('--fit', scale.toFixed(2));
    }
    // Body text at its smallest: the heading gives a little more, down to 40 px.
    const heading = slide.querySelector('h1, h2');
    const title = heading ? parseFloat(getComputedStyle(heading).fontSize) / scale : 0;
    let titleScale = scale;
    while (heading && overflows() && title * (titleScale - 0.05) >= MIN_TITLE_PX) {
      titleScale -= 0.05;
      slide.style.setProperty('--fit-title', titleScale.toFixed(2));
    }
    slide.classList.toggle('is-revealed', revealed);
  };

  const render = (next: DeckState) => {
    const moved = next.slide !== state.slide;
    state = next;
    slides.forEach((slide, i) => {
      slide.classList.toggle('is-current', i === state.slide);
      slide.classList.toggle('is-next', i === state.slide + 1);
      slide.classList.toggle('is-revealed', i === state.slide && state.revealed);
    });
    if (blackout) blackout.hidden = !state.blank;
    if (help) help.hidden = state.panel !== 'help';
    if (goto) {
      goto.hidden = state.panel !== 'goto';
      if (state.panel === 'goto') goto.querySelector('input')?.focus();
      else if (goto.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
    }
    root.classList.toggle('deck--overview', state.panel === 'overview');
    if (state.panel === 'overview') slides[state.slide]?.scrollIntoView({ block: 'center' });
    if (hint)
      hint.textContent =
        shape.revealable(state.slide) && !state.revealed
          ? (hint.dataset['reveal'] ?? '')
          : slidesText.keysHint;
    if (moved) {
      if (location.hash !== hashForSlide(state.slide))
        history.replaceState(null, '', hashForSlide(state.slide));
      const count = slidesText.counter(state.slide + 1, slides.length);
      if (counter) counter.textContent = count;
      if (where)
        where.textContent = plan ? slidesText.eventWhere(lessonNumber, plan.lessons.length, count) : count;
      if (notesText)
        notesText.innerHTML = slides[state.slide]?.querySelector('[data-presenter-notes]')?.innerHTML ?? '';
      fit(slides[state.slide]);
    }
  };

  /** Tells the other window (presenter or room) where this one is. */
  const broadcast = (lesson = slug, slide: number = state.slide) =>
    channel?.postMessage({ lesson, slide, revealed: state.revealed, blank: state.blank });

  const deckAddress = (lesson: string, hash: string) =>
    `${routes.slides(lesson)}${plan ? eventSearch(plan) : ''}${isPresenter ? `${plan ? '&' : '?'}presenter` : ''}${hash}`;

  const leave = (direction: 'next' | 'previous') => {
    const lesson = plan ? eventNeighbours(plan, slug)[direction] : undefined;
    if (!lesson) return;
    // The other window follows: the first slide of the next lesson, the last of the previous.
    broadcast(lesson, direction === 'next' ? 0 : -1);
    location.href = deckAddress(lesson, direction === 'next' ? '#1' : '#999');
  };

  const act = (action: DeckAction) => {
    if (action === 'fullscreen' && !state.blank) {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      return;
    }
    if (action === 'presenter' && !state.blank && !isPresenter) {
      window.open(
        `${location.pathname}${location.search ? `${location.search}&` : '?'}presenter${hashForSlide(state.slide)}`,
        'purse-guard-presenter',
        'popup,width=1200,height=800',
      );
      return;
    }
    const result = step(state, action, shape);
    if (result.leave) return leave(result.leave);
    render(result.state);
    broadcast();
    clearTimeout(gotoTimer);
    if (state.panel === 'goto') gotoTimer = setTimeout(() => act('close'), GOTO_IDLE_MS);
  };

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keyAction(event.key);
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select')) {
      // Typing a slide number; the clicker's keys still close the box.
      clearTimeout(gotoTimer);
      gotoTimer = setTimeout(() => act('close'), GOTO_IDLE_MS);
      if (action !== 'next' && action !== 'previous' && action !== 'close') return;
    }
    if (!action) return;
    event.preventDefault();
    act(action);
  });

  // A click on the slide moves on, as a clicker would; in the overview it picks the slide.
  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('a, button, input')) return;
    if (state.panel === 'overview') {
      const slide = target.closest<HTMLElement>('.slide');
      if (slide) render({ ...state, panel: null, slide: slides.indexOf(slide), revealed: false });
      broadcast();
      return;
    }
    act('next');
  });
  blackout?.addEventListener('click', () => act('next'));

  goto?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(gotoTimer);
    render(gotoSlide(state, Number(new FormData(goto).get('slide')), shape));
    broadcast();
  });

  addEventListener('hashchange', () =>
    render({ ...state, slide: slideFromHash(location.hash, slides.length), revealed: false }),
  );
  channel?.addEventListener(
    'message',
    (event: MessageEvent<{ lesson?: string; slide?: number; revealed?: boolean; blank?: boolean }>) => {
      const { lesson, slide, revealed = false, blank = false } = event.data ?? {};
      if (typeof lesson !== 'string' || typeof slide !== 'number') return;
      if (lesson !== slug) {
        // The other window crossed into another lesson of the event: follow it there.
        if (plan?.lessons.includes(lesson))
          location.href = deckAddress(lesson, slide < 0 ? '#999' : hashForSlide(slide));
        return;
      }
      render({
        ...state,
        slide: slide < 0 ? slides.length - 1 : Math.min(slide, slides.length - 1),
        revealed: revealed && shape.revealable(slide),
        blank,
      });
    },
  );

  if (isPresenter) {
    document.body.classList.add('deck-presenter');
    if (notes) notes.hidden = false;
    const skippedNote = query('[data-deck-skipped]');
    if (skippedNote && skipped.length > 0) {
      skippedNote.textContent = (skippedNote.dataset['template'] ?? '').replace('#', skipped.join('、'));
      skippedNote.hidden = false;
    }
    let started = Number(sessionStorage.getItem(TALK_START));
    if (!started) {
      started = Date.now();
      sessionStorage.setItem(TALK_START, String(started));
    }
    const timer = query('[data-deck-timer]');
    const clock = query('[data-deck-clock]');
    const tick = () => {
      const seconds = Math.floor((Date.now() - started) / 1000);
      if (timer) timer.textContent = `${twoDigits(Math.floor(seconds / 60))}:${twoDigits(seconds % 60)}`;
      const now = new Date();
      if (clock) clock.textContent = `${twoDigits(now.getHours())}:${twoDigits(now.getMinutes())}`;
    };
    tick();
    setInterval(tick, 1000);
  }

  addEventListener('resize', () => fit(slides[state.slide]));
  render({
    ...state,
    slide: location.hash === '#999' ? slides.length - 1 : slideFromHash(location.hash, slides.length),
  });
}

if (deck) start(deck);
