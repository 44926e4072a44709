/**
 * The build's estimate of what goes on a one-page A4 handout with the default branch line: what a
 * reader without JavaScript gets. With JavaScript, the browser measures the real sheet with the
 * branch's own details and decides (src/lib/print/sheet-fit.ts). The type never shrinks: when a
 * lesson has more than fits, the handout shows fewer items (all the steps when they fit, then as
 * many warning signs as there is room for; at least three of each).
 *
 * Height is estimated in "body lines" (18 pt × 1.35 line height = 8.57 mm) from the sizes in
 * HandoutSheet.astro; the page holds 273 mm (297 mm less 12 mm margins) ≈ 31.8 body lines.
 * The browser tests prove that every lesson's handout prints on exactly one page.
 */

import { textEms } from '../text/text-width';

const MM_PER_BODY_LINE = 8.57;
const PAGE_LINES = 273 / MM_PER_BODY_LINE;
/** Kept free, for what the estimate cannot know (font metrics, wrapping at punctuation). */
const SAFETY_LINES = 0.4;
const COLUMN_MM = 186;
const PT_MM = 25.4 / 72;

/** At least three of each on paper (no fewer warning signs than the poster shows). */
export const MIN_RED_FLAGS = 3;
export const MIN_ACTIONS = 3;
export const MAX_RED_FLAGS = 6;
export const MAX_ACTIONS = 6;

/** Lines a text takes at a size (pt) in a width (mm). */
export function linesAt(text: string, sizePt: number, widthMm: number): number {
  const perLine = Math.floor(widthMm / (sizePt * PT_MM));
  return Math.max(1, Math.ceil(textEms(text) / perLine));
}

/** Lines of an 18 pt list item (the marker takes 1.6 em). */
export function printedLines(text: string): number {
  return linesAt(text, 18, COLUMN_MM - 1.6 * 18 * PT_MM);
}

const itemLines = (items: readonly string[]) =>
  items.reduce((sum, item) => sum + printedLines(item) + 0.12, 0);

export interface HandoutFrame {
  title: string;
  remember: string;
  lessonUrl: string;
  /** The names of the hotlines printed under their numbers. */
  hotlineNames: readonly string[];
}

/** Rows the hotlines take when packed side by side (number above name). */
function hotlineRows(names: readonly string[]): number {
  let rows = names.length > 0 ? 1 : 0;
  let used = 0;
  const GAP_MM = 8;
  for (const name of names) {
    const width = Math.max(34, textEms(name) * 18 * PT_MM);
    const needed = used > 0 ? GAP_MM + width : width;
    if (used > 0 && used + needed > COLUMN_MM) {
      rows += 1;
      used = width;
    } else {
      used += needed;
    }
  }
  return rows;
}

/** Body lines taken by everything but the two lists. */
export function frameLines({ title, remember, lessonUrl, hotlineNames }: HandoutFrame): number {
  const top = 1.25;
  const titleBlock = linesAt(title, 28, COLUMN_MM) * 1.44 + 0.8;
  const rememberBlock = 1 + linesAt(remember, 30, COLUMN_MM - 12) * 1.6 + 1.45;
  const headings = 3 * 1.75;
  const hotlines = hotlineRows(hotlineNames) * 2.45;
  // The scan line with the address after it, then the default branch: its name and phone.
  const footText = linesAt(`扫码看完整课程：${lessonUrl}`, 18, COLUMN_MM - 35) + 2;
  const foot = 0.85 + Math.max(3.6, footText);
  return top + titleBlock + rememberBlock + headings + hotlines + foot;
}

export interface HandoutSelection {
  redFlags: string[];
  actions: string[];
}

/** The body lines a page can fill, with room kept for what the estimate cannot know. */
export const USABLE_LINES = PAGE_LINES - SAFETY_LINES;

/** The estimated height of a handout with these items, in body lines. */
export function estimatedLines(selection: HandoutSelection, frame: HandoutFrame): number {
  return frameLines(frame) + itemLines(selection.redFlags) + itemLines(selection.actions);
}

export function selectHandoutItems(
  redFlags: readonly string[],
  actions: readonly string[],
  frame: HandoutFrame,
): HandoutSelection {
  const budget = USABLE_LINES - frameLines(frame);
  let actionCount = Math.min(actions.length, MAX_ACTIONS);
  let flagCount = Math.min(redFlags.length, MAX_RED_FLAGS);
  const fits = () =>
    itemLines(actions.slice(0, actionCount)) + itemLines(redFlags.slice(0, flagCount)) <= budget;
  while (!fits() && flagCount > MIN_RED_FLAGS) flagCount -= 1;
  while (!fits() && actionCount > MIN_ACTIONS) actionCount -= 1;
  return { redFlags: redFlags.slice(0, flagCount), actions: actions.slice(0, actionCount) };
}
