import { describe, expect, it } from 'vitest';
import {
  MAX_REVIEW_LESSONS,
  REVIEW_STORAGE_KEY,
  addDays,
  clearSchedule,
  dueLessons,
  emptySchedule,
  loadSchedule,
  nextReviewDay,
  parseSchedule,
  saveSchedule,
  withLessonLearned,
  withReviewAnswered,
  withReviewsOff,
  type ReviewSchedule,
} from '../../src/lib/review/review-schedule';
import { BrokenStorage, MemoryStorage } from './memory-storage';

const learnedOn = (day: string, ...slugs: string[]) =>
  slugs.reduce((schedule, slug) => withLessonLearned(schedule, slug, day), emptySchedule());

/** Answers every due review right (or wrong) on `day`, as the review page does. */
const reviewAll = (schedule: ReviewSchedule, day: string, right = true) =>
  dueLessons(schedule, day).reduce((s, slug) => withReviewAnswered(s, slug, day, right), schedule);

describe('the review schedule', () => {
  it('counts days on the calendar, across months, leap days and years', () => {
    expect(addDays('2026-12-02', 2)).toBe('2026-12-04');
    expect(addDays('2026-12-30', 7)).toBe('2027-01-06');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(addDays('2026-12-02', 90)).toBe('2027-03-02');
  });

  it('brings a lesson back on days 2, 7, 30 and 90 after its quiz, then lets it rest', () => {
    let schedule = learnedOn('2026-12-02', 'fake-police');
    expect(dueLessons(schedule, '2026-12-03')).toEqual([]);
    expect(nextReviewDay(schedule, '2026-12-03')).toBe('2026-12-04');
    const seen: string[] = [];
    for (const day of ['2026-12-04', '2026-12-09', '2027-01-01', '2027-03-02']) {
      expect(dueLessons(schedule, addDays(day, -1))).toEqual([]);
      expect(dueLessons(schedule, day)).toEqual(['fake-police']);
      schedule = reviewAll(schedule, day);
      seen.push(schedule.lessons['fake-police']?.due ?? 'done');
    }
    expect(seen).toEqual(['2026-12-09', '2027-01-01', '2027-03-02', 'done']);
    expect(schedule.lessons['fake-police']).toEqual({ learned: '2026-12-02', stage: 4, due: null });
    expect(dueLessons(schedule, '2030-01-01')).toEqual([]);
  });

  it('stays due until she does it, and a late review skips the days that passed', () => {
    let schedule = learnedOn('2026-12-02', 'fake-police');
    expect(dueLessons(schedule, '2027-01-10')).toEqual(['fake-police']);
    // Done on day 39: days 7 and 30 are behind her; next is day 90.
    schedule = withReviewAnswered(schedule, 'fake-police', '2027-01-10', true);
    expect(schedule.lessons['fake-police']).toMatchObject({ stage: 3, due: '2027-03-02' });
  });

  it('brings a missed lesson back two days later, at the same stage', () => {
    let schedule = learnedOn('2026-12-02', 'fake-police');
    schedule = withReviewAnswered(schedule, 'fake-police', '2026-12-04', false);
    expect(schedule.lessons['fake-police']).toMatchObject({ stage: 0, due: '2026-12-06' });
    expect(dueLessons(schedule, '2026-12-05')).toEqual([]);
    schedule = withReviewAnswered(schedule, 'fake-police', '2026-12-06', true);
    expect(schedule.lessons['fake-police']).toMatchObject({ stage: 1, due: '2026-12-09' });
  });

  it('never puts a lesson off by missing a question about it before it was due', () => {
    // Asked as one of the three while not due (to fill the review): due tomorrow stays tomorrow.
    let schedule = learnedOn('2026-12-02', 'fake-police');
    schedule = withReviewAnswered(schedule, 'fake-police', '2026-12-03', false);
    expect(schedule.lessons['fake-police']?.due).toBe('2026-12-04');
  });

  it('lists what is due, the longest waiting first', () => {
    let schedule = learnedOn('2026-12-01', 'b-lesson');
    schedule = withLessonLearned(schedule, 'a-lesson', '2026-12-02');
    schedule = withLessonLearned(schedule, 'c-lesson', '2026-12-01');
    expect(dueLessons(schedule, '2026-12-05')).toEqual(['b-lesson', 'c-lesson', 'a-lesson']);
  });

  it('does not start a lesson over when she does its quiz again', () => {
    let schedule = learnedOn('2026-12-02', 'fake-police');
    schedule = reviewAll(schedule, '2026-12-04');
    expect(withLessonLearned(schedule, 'fake-police', '2026-12-05')).toBe(schedule);
  });

  it('turned off: nothing is due and nothing new is scheduled; turned on again, all is still there', () => {
    const on = learnedOn('2026-12-02', 'fake-police');
    const off = withReviewsOff(on, true);
    expect(dueLessons(off, '2026-12-04')).toEqual([]);
    expect(nextReviewDay(off, '2026-12-03')).toBeUndefined();
    expect(withLessonLearned(off, 'card-pin', '2026-12-03').lessons['card-pin']).toBeUndefined();
    expect(dueLessons(withReviewsOff(off, false), '2026-12-04')).toEqual(['fake-police']);
  });

  it('keeps the lessons learned last when a device has learned very many', () => {
    let schedule = emptySchedule();
    for (let i = 0; i <= MAX_REVIEW_LESSONS; i += 1)
      schedule = withLessonLearned(schedule, `l-${i}`, '2026-12-02');
    const slugs = Object.keys(schedule.lessons);
    expect(slugs).toHaveLength(MAX_REVIEW_LESSONS);
    expect(slugs).not.toContain('l-0');
    expect(slugs.at(-1)).toBe(`l-${MAX_REVIEW_LESSONS}`);
  });
});

describe('the review schedule on the device', () => {
  it('saves under one versioned key, reads it back, and clears it', () => {
    const storage = new MemoryStorage();
    const schedule = withReviewsOff(learnedOn('2026-12-02', 'fake-police'), true);
    saveSchedule(storage, schedule);
    expect(JSON.parse(storage.getItem(REVIEW_STORAGE_KEY) ?? '{}').version).toBe(1);
    expect(loadSchedule(storage)).toEqual(schedule);
    clearSchedule(storage);
    expect(storage.getItem(REVIEW_STORAGE_KEY)).toBeNull();
    expect(loadSchedule(storage)).toEqual(emptySchedule());
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 2, off: false, lessons: {} })],
    ['no lessons', JSON.stringify({ version: 1, off: false })],
    ['a list', '[1,2,3]'],
    ['null', 'null'],
  ])('starts afresh, quietly, from a saved schedule that is %s', (_, raw) => {
    expect(parseSchedule(raw)).toEqual(emptySchedule());
  });

  it('drops only the lessons that are malformed and keeps the rest', () => {
    const good = { learned: '2026-12-02', stage: 1, due: '2026-12-09' };
    const raw = JSON.stringify({
      version: 1,
      off: 'yes',
      lessons: {
        'fake-police': good,
        'bad-day': { ...good, due: '2026-13-45' },
        'bad-stage': { ...good, stage: 7 },
        'done-but-due': { ...good, stage: 4 },
        'due-missing': { learned: '2026-12-02', stage: 0 },
        '<script>': good,
        'not-an-object': 3,
      },
    });
    expect(parseSchedule(raw)).toEqual({ version: 1, off: false, lessons: { 'fake-police': good } });
  });

  it('works where storage is blocked: nothing is kept and nothing throws', () => {
    const storage = new BrokenStorage();
    expect(() => saveSchedule(storage, learnedOn('2026-12-02', 'fake-police'))).not.toThrow();
    expect(loadSchedule(storage)).toEqual(emptySchedule());
    expect(loadSchedule(undefined)).toEqual(emptySchedule());
    expect(() => clearSchedule(undefined)).not.toThrow();
  });
});
