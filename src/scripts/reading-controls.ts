/**
 * Text size and contrast (kept on the device; the inline head script applied them before first
 * paint), and at the largest text steps the header's 字号和搜索 button that opens them. On
 * lessons, 转给家人 and 朗读 load their code (lesson-tools.ts) when pressed. Small on purpose: it
 * ships on every page.
 */
import { READING_KEY, serialiseReadingPrefs, stepScale, type ReadingPrefs } from '@/lib/reading-prefs';

const root = document.documentElement;
const box = document.querySelector<HTMLElement>('[data-reading-controls]');
const $ = (selector: string) => box?.querySelector<HTMLElement>(selector) ?? null;

/** The choices in force, as the head script left them on <html>; each click updates them. */
let prefs: ReadingPrefs = {
  scale: Number(root.dataset['textScale']) || 1,
  contrast: root.dataset['contrast'] === 'high' ? 'high' : 'normal',
};

function apply(change: Partial<ReadingPrefs>, save = true) {
  prefs = { ...prefs, ...change };
  // A data attribute, not an inline style: the Content-Security-Policy allows no inline styles.
  root.dataset['textScale'] = String(prefs.scale);
  if (prefs.contrast === 'high') root.dataset['contrast'] = 'high';
  else delete root.dataset['contrast'];
  const size = $('[data-text-size-now]');
  if (size)
    size.textContent = `${box?.dataset['sizeLabel']}`.replace('#', String(Math.round(prefs.scale * 100)));
  $('[data-contrast-toggle]')?.setAttribute('aria-pressed', String(prefs.contrast === 'high'));
  try {
    if (save) localStorage.setItem(READING_KEY, serialiseReadingPrefs(prefs));
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

const more = document.querySelector<HTMLElement>('[data-header-more]');
const tools = document.querySelector<HTMLElement>('[data-header-tools]');
if (more && tools) {
  more.onclick = () => {
    const open = more.getAttribute('aria-expanded') !== 'true';
    more.setAttribute('aria-expanded', String(open));
    tools.toggleAttribute('data-open', open);
    if (open) tools.querySelector<HTMLElement>('button, input')?.focus();
  };
}

if (box) {
  apply({}, false);
  for (const button of box.querySelectorAll<HTMLElement>('[data-text-size]')) {
    button.onclick = () =>
      apply({ scale: stepScale(prefs.scale, Number(button.dataset['textSize']) as 1 | -1) });
  }
  const contrast = $('[data-contrast-toggle]');
  if (contrast) contrast.onclick = () => apply({ contrast: prefs.contrast === 'high' ? 'normal' : 'high' });

  // Browsers load their voices on the first ask: ask now, so 朗读 knows them when pressed.
  if ($('[data-read-aloud]') && 'speechSynthesis' in window) speechSynthesis.getVoices();
  // 转给家人 and 朗读 (lessons only) load their code when pressed.
  for (const [selector, action] of [
    ['[data-share]', 'share'],
    ['[data-read-aloud]', 'readAloud'],
  ] as const) {
    const button = $(selector);
    if (button)
      button.onclick = () => void import('./lesson-tools').then((tools) => tools[action](box, button));
  }
}
