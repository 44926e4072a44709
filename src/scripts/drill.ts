/**
 * A drill with JavaScript: the page already plays by its links (#id); this keeps her place and a
 * tally of endings on the device (drill-progress.ts), offers to pick up where she stopped, and
 * moves focus to each new screen's heading so a screen reader reads it and Tab starts there.
 */
import {
  DRILL_STORAGE_KEY,
  parseDrillProgress,
  withEnding,
  withPlace,
  type DrillProgress,
} from '@/lib/drills/drill-progress';
import { drillScriptText as practiceText } from '@/lib/ui-strings/drill-script';

const drill = document.querySelector<HTMLElement>('[data-drill]');
const slug = drill?.dataset['drill'];

function load(): DrillProgress {
  try {
    return parseDrillProgress(localStorage.getItem(DRILL_STORAGE_KEY));
  } catch {
    return parseDrillProgress(null);
  }
}

function save(progress: DrillProgress) {
  try {
    localStorage.setItem(DRILL_STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Private mode or a full disk: the drill still plays, it only forgets.
  }
}

function nodeOf(hash: string): HTMLElement | null {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  const node = id ? document.getElementById(id) : null;
  return node && drill?.contains(node) && node.classList.contains('drill-node') ? node : null;
}

function record(node: HTMLElement | null, moved: boolean) {
  if (!slug) return;
  const ending = node?.dataset['ending'];
  if (ending === 'safe' || ending === 'harmed') {
    // Counted when she arrives, not when she reloads the ending.
    if (moved) save(withEnding(load(), slug, ending));
    return;
  }
  // Back at the start (or nowhere), her place is kept for 接着练.
  if (node && !node.classList.contains('drill-intro')) save(withPlace(load(), slug, node.id));
}

function offerResume() {
  if (!slug || nodeOf(location.hash)) return;
  const place = load().drills[slug]?.place;
  const node = place ? document.getElementById(place) : null;
  const resume = drill?.querySelector<HTMLElement>('[data-drill-resume]');
  if (!node || !resume || !drill?.contains(node)) return;
  const step = Number(node.dataset['step'] ?? 1);
  const text = resume.querySelector('[data-drill-resume-text]');
  const link = resume.querySelector<HTMLAnchorElement>('[data-drill-resume-link]');
  if (text) text.textContent = practiceText.drillResume(step || 1);
  if (link) link.href = `#${place}`;
  resume.hidden = false;
}

if (drill && slug) {
  offerResume();
  record(nodeOf(location.hash), false);
  window.addEventListener('hashchange', () => {
    const node = nodeOf(location.hash);
    record(node, true);
    node?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    node?.scrollIntoView({ block: 'start' });
  });
}
