/**
 * Splits a message's text at the clue words (真假辨一辨: the exact words that give a scam away or
 * show a message is safe), so a page can mark them once she has answered. Overlapping clues join;
 * the pieces put back together are the text unchanged.
 */
export interface TextPiece {
  text: string;
  clue: boolean;
}

export function markClues(text: string, clues: readonly string[]): TextPiece[] {
  const marked = Array.from({ length: text.length }, () => false);
  for (const clue of clues) {
    if (!clue) continue;
    for (let at = text.indexOf(clue); at !== -1; at = text.indexOf(clue, at + clue.length)) {
      marked.fill(true, at, at + clue.length);
    }
  }
  const pieces: TextPiece[] = [];
  [...text].reduce((at, char) => {
    const clue = marked[at] ?? false;
    const last = pieces.at(-1);
    if (last && last.clue === clue) last.text += char;
    else pieces.push({ text: char, clue });
    return at + char.length;
  }, 0);
  return pieces;
}
