/**
 * What the reading controls' lesson buttons do, loaded when one is pressed (reading-controls.ts):
 * 转给家人 shares the lesson (inside WeChat, which has neither an address bar nor Web Share, it
 * says how WeChat itself forwards a page; elsewhere Web Share, else the link is copied) and offers
 * the lesson's picture for the family group beside it (保存图片发到家人群), and 朗读
 * reads it aloud where the browser has a Chinese voice, and otherwise says what to do instead.
 */
type Message = 'copied' | 'copyFailed' | 'wechat' | 'noVoice';

function say(box: HTMLElement, key: Message | '') {
  const status = box.querySelector<HTMLElement>('[data-reading-status]');
  if (status) status.textContent = key ? (box.dataset[key] ?? '') : '';
}

export async function share(box: HTMLElement, button: HTMLElement): Promise<void> {
  // Beside the link, the lesson as a picture for the family group (SharePicture.astro).
  const picture = box.querySelector<HTMLElement>('[data-share-picture]');
  if (picture) picture.hidden = false;
  if (/MicroMessenger/i.test(navigator.userAgent)) return say(box, 'wechat');
  const data = {
    title: document.title,
    text: button.dataset['share'] ?? '',
    url: location.href.split('#')[0] ?? '',
  };
  try {
    if (navigator.share) return await navigator.share(data);
    await navigator.clipboard.writeText(`${data.text} ${data.url}`);
    say(box, 'copied');
  } catch (error) {
    if ((error as Error).name !== 'AbortError') say(box, 'copyFailed');
  }
}

/** The browser's voices; where it is still loading them, once it has (or after a moment). */
async function voices(): Promise<SpeechSynthesisVoice[]> {
  if (!('speechSynthesis' in window)) return [];
  const now = speechSynthesis.getVoices();
  if (now.length > 0) return now;
  await new Promise((resolve) => {
    speechSynthesis.addEventListener('voiceschanged', resolve, { once: true });
    setTimeout(resolve, 1500);
  });
  return speechSynthesis.getVoices();
}

export async function readAloud(box: HTMLElement, button: HTMLElement): Promise<void> {
  const bar = document.querySelector<HTMLElement>('[data-read-bar]');
  const available = await voices();
  if (!bar || !available.some((voice) => /^zh/i.test(voice.lang))) return say(box, 'noVoice');
  say(box, '');
  const { startReading } = await import('./read-aloud');
  startReading(button, bar);
}
