/**
 * 朗读: reads the lesson aloud in Chinese, one sentence per utterance (long ones are cut off in
 * some browsers), marking the paragraph being read, with pause/continue and stop.
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
        .split(/(?<=[。!?;!?;])/)
        .map((text) => text.trim())
        .filter(Boolean)
        .map((text) => ({ element, text })),
    );
}

export function startReading(
  box: HTMLElement,
  read: HTMLElement,
  pause: HTMLElement | null,
  stop: HTMLElement | null,
) {
  const label = (paused: boolean) => (paused ? box.dataset['resume'] : box.dataset['pause']) ?? '';
  const article = document.querySelector<HTMLElement>('.lesson');
  if (!article) return;
  const queue = pieces(article);
  const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('zh'));
  let marked: HTMLElement | undefined;
  const mark = (element?: HTMLElement) => {
    marked?.classList.remove('is-reading');
    marked = element;
    marked?.classList.add('is-reading');
  };
  const finish = () => {
    speechSynthesis.cancel();
    mark();
    read.hidden = false;
    if (pause) pause.hidden = true;
    if (stop) stop.hidden = true;
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
      mark(piece.element);
      piece.element.scrollIntoView({ block: 'center', behavior: 'auto' });
    };
    utterance.onend = () => speak(index + 1);
    speechSynthesis.speak(utterance);
  };
  speechSynthesis.cancel();
  read.hidden = true;
  if (pause) {
    pause.hidden = false;
    pause.textContent = label(false);
    pause.onclick = () => {
      if (speechSynthesis.paused) speechSynthesis.resume();
      else speechSynthesis.pause();
      pause.textContent = label(speechSynthesis.paused);
    };
  }
  if (stop) {
    stop.hidden = false;
    stop.onclick = finish;
  }
  speak(0);
}
