import { beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_RECORDS,
  STORAGE_KEY,
  clearProgress,
  emptyProgress,
  loadProgress,
  parseProgress,
  bestScore,
  recordAnswers,
  savedAnswers,
} from '../../src/lib/quiz/quiz-storage';
import { BrokenStorage, MemoryStorage } from './memory-storage';

const questions = (...counts: number[]) =>
  counts.map((n, i) => ({ id: `q#${i}`, options: Array(n).fill('x') }));
const ids = (n: number) => questions(...Array(n).fill(3)).map((q) => q.id);

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
});

describe('quiz progress on the device', () => {
  it('saves answers under one versioned key and reads them back', () => {
    recordAnswers(storage, 'atm-safety', ids(3), [0, null, 2], null);
    const raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}');
    expect(raw.version).toBe(1);
    expect(savedAnswers(loadProgress(storage), 'atm-safety', questions(3, 3, 3))).toEqual([0, null, 2]);
  });

  it('keeps the best finished score', () => {
    recordAnswers(storage, 'q', ids(3), [0, 1, 2], 3);
    recordAnswers(storage, 'q', ids(3), [1, 1, 1], 1);
    expect(loadProgress(storage).quizzes['q']).toEqual({
      ids: ids(3),
      answers: [1, 1, 1],
      best: 3,
      total: 3,
    });
    expect(bestScore(loadProgress(storage), 'q', 3)).toBe(3);
    expect(bestScore(loadProgress(storage), 'q', 4)).toBeNull();
  });

  it(`remembers the ${MAX_RECORDS} quizzes answered most recently, and lets the oldest go`, () => {
    for (let i = 0; i < MAX_RECORDS + 5; i++) recordAnswers(storage, `lesson-${i}`, ids(1), [0], 1);
    // Answering an old one again makes it recent.
    recordAnswers(storage, 'lesson-5', ids(1), [1], 0);
    recordAnswers(storage, 'lesson-new', ids(1), [0], 1);
    const kept = Object.keys(loadProgress(storage).quizzes);
    expect(kept).toHaveLength(MAX_RECORDS);
    expect(kept).not.toContain('lesson-0');
    expect(kept).not.toContain('lesson-6');
    expect(kept).toContain('lesson-5');
    expect(kept.slice(-2)).toEqual(['lesson-5', 'lesson-new']);
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 0, quizzes: {} })],
    ['a string', JSON.stringify('hello')],
    ['null', 'null'],
    ['quizzes of the wrong shape', JSON.stringify({ version: 1, quizzes: [] })],
  ])('discards %s without an error', (_, raw) => {
    expect(parseProgress(raw)).toEqual(emptyProgress());
  });

  it('drops a damaged record but keeps the good ones', () => {
    const raw = JSON.stringify({
      version: 1,
      quizzes: {
        good: { ids: ['a', 'b'], answers: [1, null], best: null, total: 2 },
        negative: { ids: ['a'], answers: [-1], best: null, total: 1 },
        tooGood: { ids: ['a'], answers: [0], best: 5, total: 1 },
        wrongLength: { ids: ['a', 'b', 'c'], answers: [0], best: null, total: 3 },
        noIds: { answers: [0], best: null, total: 1 },
      },
    });
    expect(Object.keys(parseProgress(raw).quizzes)).toEqual(['good']);
  });

  it('ignores saved answers that no longer fit the quiz', () => {
    recordAnswers(storage, 'q', ids(2), [3, 0], null);
    expect(savedAnswers(loadProgress(storage), 'q', questions(2, 2))).toBeUndefined();
    expect(savedAnswers(loadProgress(storage), 'q', questions(4, 2, 2))).toBeUndefined();
    // Same shape, other questions (a new mixed set): not reused.
    const others = questions(4, 4).map((q, i) => ({ ...q, id: `other#${i}` }));
    expect(savedAnswers(loadProgress(storage), 'q', others)).toBeUndefined();
    expect(savedAnswers(loadProgress(storage), 'q', questions(4, 4))).toEqual([3, 0]);
  });

  it('clears everything with 清除记录', () => {
    recordAnswers(storage, 'q', ids(1), [1], 1);
    clearProgress(storage);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(loadProgress(storage)).toEqual(emptyProgress());
  });

  it('keeps working when storage is blocked or full', () => {
    const broken = new BrokenStorage();
    expect(loadProgress(broken)).toEqual(emptyProgress());
    expect(() => recordAnswers(broken, 'q', ids(1), [1], 1)).not.toThrow();
    expect(loadProgress(undefined)).toEqual(emptyProgress());
  });
});
