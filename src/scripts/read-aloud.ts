/**
 * 朗读: reads the lesson aloud in Chinese, one sentence per utterance (long ones are cut off in
 * some browsers), marking the paragraph being read. While it reads, a bar at the foot of the
 * screen holds pause/continue, stop and 回到朗读处. The page follows the reading until the reader
 * scrolls by herself (a wheel, a touch or a key); then it stays where she is, and 回到朗读处
 * brings her back and follows again.
 */
const READABLE = 'h1, h2, h3, p, li, figcaption';
const SKIP = '[hidden], [aria-hidden="true"], [data-pagefind-ignore], .visually-hidden, .print-only';

interface Piece {
  element: HTMLElement;
  text: string;
}

function pieces(article: HTMLElement): Piece[] {
  return [...article.querySelectorAll<HTMLElement>(READABLE)]
    .filter(
      (element) => !element.closest(SKIP) && !element.querySelector(READABLE) && element.checkVisibility(),
    )
    .flatMap((element) =>
      (element.textContent ?? '')
        .split(/(?<=[。！？；!?;])/)
        .map((text) => text.trim())
        .filter(Boolean)
        .map((text) => ({ element, text })),
    );
}

function inView(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight;
}

export function startReading(read: HTMLElement, bar: HTMLElement) {
  const article = document.querySelector<HTMLElement>('.lesson');
  if (!article) return;
  const pause = bar.querySelector<HTMLElement>('[data-read-pause]');
  const stop = bar.querySelector<HTMLElement>('[data-read-stop]');
  const follow = bar.querySelector<HTMLElement>('[data-read-follow]');
  const label = (paused: boolean) => (paused ? pause?.dataset['resume'] : pause?.dataset['pause']) ?? '';
  const queue = pieces(article);
  const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('zh'));
  let marked: HTMLElement | undefined;
  let following = true;

  const show = (element: HTMLElement | undefined) => {
    if (element && following && !inView(element))
      element.scrollIntoView({ block: 'center', behavior: 'auto' });
  };
  const mark = (element?: HTMLElement) => {
    marked?.classList.remove('is-reading');
    marked = element;
    marked?.classList.add('is-reading');
    show(marked);
  };
  // Her own scrolling wins: the page stops following until she asks to go back.
  const leave = () => {
    if (!following) return;
    following = false;
    if (follow) follow.hidden = false;
  };
  const scrollKeys = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
  const onKey = (event: KeyboardEvent) => {
    if (scrollKeys.has(event.key) && !(event.target as HTMLElement | null)?.closest('button')) leave();
  };
  addEventListener('wheel', leave, { passive: true });
  addEventListener('touchmove', leave, { passive: true });
  addEventListener('keydown', onKey);

  const finish = () => {
    speechSynthesis.cancel();
    mark();
    removeEventListener('wheel', leave);
    removeEventListener('touchmove', leave);
    removeEventListener('keydown', onKey);
    bar.hidden = true;
    read.hidden = false;
    read.focus({ preventScroll: true });
  };
  const speak = (index: number) => {
    const piece = queue[index];
    if (!piece) return finish();
    const utterance = new SpeechSynthesisUtterance(piece.text);
    utterance.lang = 'zh-CN';
    try {
      if (voice) utterance.voice = voice;
    } catch {
      // Some in-app browsers hand out voices the utterance refuses; lang alone still picks Chinese.
    }
    utterance.rate = 0.9;
    utterance.onstart = () => {
      if (piece.element !== marked) mark(piece.element);
    };
    utterance.onend = () => speak(index + 1);
    speechSynthesis.speak(utterance);
  };

  speechSynthesis.cancel();
  read.hidden = true;
  bar.hidden = false;
  if (follow) {
    follow.hidden = true;
    follow.onclick = () => {
      following = true;
      follow.hidden = true;
      show(marked);
    };
  }
  if (pause) {
    pause.textContent = label(false);
    pause.onclick = () => {
      if (speechSynthesis.paused) speechSynthesis.resume();
      else speechSynthesis.pause();
      pause.textContent = label(speechSynthesis.paused);
    };
  }
  if (stop) stop.onclick = finish;
  pause?.focus({ preventScroll: true });
  speak(0);
}
