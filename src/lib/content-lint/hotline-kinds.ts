/**
 * A number that only sends warning texts (12381) is never a number to call: no text tells the
 * reader to dial it, call it back or reply to it. Finds such a sentence with its line, in a lesson
 * or a YAML file.
 */

export interface HotlineKindProblem {
  /** From 1. */
  line: number;
  number: string;
  context: string;
}

// A verb of calling, then (within a few characters: a space, a colon, a quote) the number.
const CALL_VERB = '(?:拨打|拨|打|致电|回拨|回电|回复|回短信给|打给|联系|咨询)';

export function callsToTextOnlyNumbers(text: string, textOnly: readonly string[]): HotlineKindProblem[] {
  if (textOnly.length === 0) return [];
  const numbers = textOnly.map((number) => number.replace(/\D/g, '')).join('|');
  const pattern = new RegExp(`${CALL_VERB}[\\s:：“"]{0,3}(${numbers})(?!\\d)`, 'gu');
  const problems: HotlineKindProblem[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(pattern)) {
      const at = match.index ?? 0;
      problems.push({
        line: index + 1,
        number: match[1] ?? '',
        context: line.slice(Math.max(0, at - 8), at + match[0].length + 8),
      });
    }
  });
  return problems;
}
