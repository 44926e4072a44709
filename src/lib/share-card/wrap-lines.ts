/**
 * Lines of Chinese text for a picture, broken as the site breaks them on screen and on paper:
 * between phrases (src/lib/text/phrases.ts: no word split, no line starting with ，), and within
 * a phrase only when it is wider than the line, then never before a closing mark.
 */
import { phrases } from '../text/phrases';

/** How wide a piece of text is in the font being set (the canvas's measureText in a build). */
export type MeasureText = (text: string) => number;

/** Marks that never start a line. */
const NO_LINE_START = /^[，。、：；！？）》」』”’…·,.:;!?)\]]/u;

/** Breaks one phrase wider than the line into pieces that fit, closing marks kept with what they close. */
function breakPhrase(phrase: string, width: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let line = '';
  for (const char of phrase) {
    if (line && measure(line + char) > width && !NO_LINE_START.test(char)) {
      pieces.push(line);
      line = char;
    } else line += char;
  }
  if (line) pieces.push(line);
  return pieces;
}

export function wrapLines(text: string, width: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const phrase of phrases(text)) {
    if (measure(line + phrase) <= width) {
      line += phrase;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    if (measure(phrase) <= width) {
      line = phrase;
      continue;
    }
    const pieces = breakPhrase(phrase, width, measure);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
