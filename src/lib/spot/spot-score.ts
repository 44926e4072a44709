/**
 * 真假辨一辨's score: how many she judged right, and the two ways of being wrong kept apart — a
 * scam taken for a normal message (a miss) and a real message taken for a scam (a false alarm),
 * since being taught to distrust everything sends people away from real warnings.
 */
export type SpotVerdict = 'scam' | 'genuine';

export interface SpotScore {
  total: number;
  answered: number;
  right: number;
  /** Scams she judged 正常. */
  misses: number;
  /** Genuine messages she judged 可疑. */
  falseAlarms: number;
}

export function scoreRound(
  messages: readonly { id: string; verdict: SpotVerdict }[],
  answers: Readonly<Record<string, SpotVerdict>>,
): SpotScore {
  const score: SpotScore = { total: messages.length, answered: 0, right: 0, misses: 0, falseAlarms: 0 };
  for (const { id, verdict } of messages) {
    const answer = answers[id];
    if (answer === undefined) continue;
    score.answered += 1;
    if (answer === verdict) score.right += 1;
    else if (verdict === 'scam') score.misses += 1;
    else score.falseAlarms += 1;
  }
  return score;
}

export const SPOT_STORAGE_KEY = 'purse-guard:spot';
const SPOT_STORAGE_VERSION = 1;

/** Her answers so far, kept on the device; anything malformed is dropped quietly. */
export function parseSpotAnswers(raw: string | null): Record<string, SpotVerdict> {
  if (raw === null) return {};
  try {
    const value = JSON.parse(raw) as { version?: unknown; answers?: unknown };
    if (
      value?.version !== SPOT_STORAGE_VERSION ||
      typeof value.answers !== 'object' ||
      value.answers === null
    )
      return {};
    return Object.fromEntries(
      Object.entries(value.answers).filter(
        (entry): entry is [string, SpotVerdict] =>
          /^[a-z0-9-]{1,80}$/.test(entry[0]) && (entry[1] === 'scam' || entry[1] === 'genuine'),
      ),
    );
  } catch {
    return {};
  }
}

export const serialiseSpotAnswers = (answers: Record<string, SpotVerdict>): string =>
  JSON.stringify({ version: SPOT_STORAGE_VERSION, answers });
