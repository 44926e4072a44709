/**
 * How wide a line of text is, in ems of its font: a Chinese character is one em, a Latin letter,
 * digit or space about half. Estimates for fitting text before a browser lays it out (slides,
 * handouts).
 */
export function textEms(text: string): number {
  return [...text].reduce((sum, char) => sum + (/[\x20-\x7e]/.test(char) ? 0.55 : 1), 0);
}
