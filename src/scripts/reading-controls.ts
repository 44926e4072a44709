/**
 * Text size and contrast (kept on the device; the inline head script applied them before first
 * paint), share (Web Share, else copy the link), and read-aloud, whose code loads only when
 * someone presses 朗读. Small on purpose: it ships on every page.
 */
import { READING_KEY, serialiseReadingPrefs, stepScale, type ReadingPrefs } from '@/lib/reading-prefs';

const root = document.documentElement;
const box = document.querySelector<HTMLElement>('[data-reading-controls]');
const $ = (selector: string) => box?.querySelector<HTMLElement>(selector) ?? null;
const status = $('[data-reading-status]');

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

if (box) {
  apply({}, false);
  for (const button of box.querySelectorAll<HTMLElement>('[data-text-size]')) {
    button.onclick = () =>
      apply({ scale: stepScale(prefs.scale, Number(button.dataset['textSize']) as 1 | -1) });
  }
  const contrast = $('[data-contrast-toggle]');
  if (contrast) contrast.onclick = () => apply({ contrast: prefs.contrast === 'high' ? 'normal' : 'high' });

  const share = $('[data-share]');
  if (share) {
    share.onclick = async () => {
      const data = {
        title: document.title,
        text: share.dataset['share'] ?? '',
        url: location.href.split('#')[0] ?? '',
      };
      try {
        if (navigator.share) return await navigator.share(data);
        await navigator.clipboard.writeText(`${data.text} ${data.url}`);
        if (status) status.textContent = box.dataset['copied'] ?? '';
      } catch (error) {
        if ((error as Error).name !== 'AbortError' && status)
          status.textContent = box.dataset['copyFailed'] ?? '';
      }
    };
  }

  const read = $('[data-read-aloud]');
  if (read && 'speechSynthesis' in window) {
    const reveal = () => (read.hidden = !speechSynthesis.getVoices().some((v) => /^zh/i.test(v.lang)));
    reveal();
    speechSynthesis.onvoiceschanged = reveal;
    read.onclick = async () => {
      const { startReading } = await import('./read-aloud');
      startReading(box, read, $('[data-read-pause]'), $('[data-read-stop]'));
    };
  }
}
