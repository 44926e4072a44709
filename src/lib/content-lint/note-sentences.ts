/**
 * Presenter notes are read at a glance while speaking: no sentence longer than a presenter can
 * take in at once. A sentence ends at 。！？ (or …… / a line break); its length is counted in
 * characters as a reader sees them, spaces left out.
 */
import { charCount } from '../schema/common';

export const NOTE_SENTENCE_MAX = 40;

/** The sentences of a note, closing quotes kept with the sentence they end. */
export function noteSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？…][”’」』）)]*)|\n+/u)
    .map((sentence) => sentence.replace(/\s+/gu, ''))
    .filter((sentence) => sentence.length > 0);
}

/** Every sentence of the note over the limit. */
export function longNoteSentences(text: string, max = NOTE_SENTENCE_MAX): string[] {
  return noteSentences(text).filter((sentence) => charCount(sentence) > max);
}

/** The text of every <Notes> block in a lesson's body, with the line it starts on (from 1, in the body). */
export function bodyNotes(body: string): { line: number; text: string }[] {
  return [...body.matchAll(/<Notes>([\s\S]*?)<\/Notes>/gu)].map((match) => ({
    line: body.slice(0, match.index).split('\n').length,
    text: (match[1] ?? '').replace(/\n\s*\n/gu, '\n').trim(),
  }));
}
