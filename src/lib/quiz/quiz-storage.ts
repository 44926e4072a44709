/**
 * Quiz progress kept on this device only, in localStorage under one versioned key.
 * Anything unreadable, malformed or from another version is dropped quietly: a broken saved
 * setting never breaks the page. Nothing here is ever sent anywhere.
 */

export const STORAGE_KEY = 'purse-guard:quiz';
export const STORAGE_VERSION = 1;
/**
 * The most quizzes remembered: the ones answered most recently (records are kept in the order
 * they were last written). A lesson removed from the site, or a device used for years, never
 * makes the saved progress grow without end.
 */
export const MAX_RECORDS = 100;

export interface QuizRecord {
  /** The questions of the last attempt, by id, so answers are never applied to other questions. */
  ids: string[];
  /** The last attempt's answers (null = not answered yet), to keep the reader's place. */
  answers: (number | null)[];
  /** Best number right in a finished attempt, and out of how many. */
  best: number | null;
  total: number;
}

export interface Progress {
  version: typeof STORAGE_VERSION;
  quizzes: Record<string, QuizRecord>;
}

export function emptyProgress(): Progress {
  return { version: STORAGE_VERSION, quizzes: {} };
}

const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function parseRecord(value: unknown): QuizRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { ids, answers, best, total } = value as Record<string, unknown>;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return undefined;
  if (!Array.isArray(answers) || !answers.every((a) => a === null || isIndex(a))) return undefined;
  if (!isIndex(total) || answers.length !== total || ids.length !== total) return undefined;
  if (best !== null && !(isIndex(best) && best <= total)) return undefined;
  return { ids: ids as string[], answers: answers as (number | null)[], best: best as number | null, total };
}

/** Reads saved progress; anything that is not exactly what we wrote becomes empty progress. */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return emptyProgress();
  }
  if (typeof data !== 'object' || data === null) return emptyProgress();
  const { version, quizzes } = data as Record<string, unknown>;
  if (version !== STORAGE_VERSION || typeof quizzes !== 'object' || quizzes === null) return emptyProgress();
  const progress = emptyProgress();
  for (const [id, value] of Object.entries(quizzes)) {
    const record = parseRecord(value);
    if (record) progress.quizzes[id] = record;
  }
  return progress;
}

export { deviceStorage } from '../device-storage';

export function loadProgress(storage: Storage | undefined): Progress {
  try {
    return parseProgress(storage?.getItem(STORAGE_KEY) ?? null);
  } catch {
    return emptyProgress();
  }
}

function write(storage: Storage | undefined, progress: Progress): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Full or blocked storage: the quiz still works, it just is not remembered.
  }
}

interface QuestionShape {
  id: string;
  options: readonly unknown[];
}

/**
 * The saved answers for a quiz, if they were given to these same questions and still fit
 * them; otherwise undefined (a fresh start).
 */
export function savedAnswers(
  progress: Progress,
  quizId: string,
  questions: readonly QuestionShape[],
): (number | null)[] | undefined {
  const record = progress.quizzes[quizId];
  if (!record || record.total !== questions.length) return undefined;
  const fits = questions.every(
    (q, i) =>
      record.ids[i] === q.id && (record.answers[i] === null || (record.answers[i] ?? 0) < q.options.length),
  );
  return fits ? [...record.answers] : undefined;
}

/** The best finished score for these questions, if any. */
export function bestScore(progress: Progress, quizId: string, total: number): number | null {
  const record = progress.quizzes[quizId];
  return record && record.total === total ? record.best : null;
}

/** Saves the current answers; when the attempt is complete, keeps the best score. */
export function recordAnswers(
  storage: Storage | undefined,
  quizId: string,
  ids: readonly string[],
  answers: readonly (number | null)[],
  correct: number | null,
): Progress {
  const progress = loadProgress(storage);
  const previousBest = bestScore(progress, quizId, answers.length);
  const best = correct === null ? previousBest : Math.max(correct, previousBest ?? 0);
  // Written last, so the oldest records come first and are the ones let go.
  const record: QuizRecord = { ids: [...ids], answers: [...answers], best, total: answers.length };
  const kept = [
    ...Object.entries(progress.quizzes).filter(([id]) => id !== quizId),
    [quizId, record] as const,
  ];
  const updated: Progress = { ...progress, quizzes: Object.fromEntries(kept.slice(-MAX_RECORDS)) };
  write(storage, updated);
  return updated;
}

/** "清除记录": forgets every quiz on this device. */
export function clearProgress(storage: Storage | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to clear where storage is blocked.
  }
}
