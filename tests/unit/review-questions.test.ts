import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/lib/content-files';
import { checkedLessons } from '../../src/lib/content-from-disk';
import { checkedDrills, checkedSpotRound } from '../../src/lib/drills/drills-from-disk';
import { choiceOutcome } from '../../src/lib/drills/drill-graph';
import { lessonReviewData } from '../../src/lib/review/review-questions';
import {
  doneLessons,
  lessonResults,
  pickReviewQuestions,
  type LessonReviewData,
} from '../../src/lib/review/review-session';
import { dayInWords } from '../../src/lib/ui-strings/day-in-words';
import type { QuizItem } from '../../src/lib/quiz/quiz-logic';

const data = loadContentData();
const lessons = checkedLessons(process.cwd(), data);
const drills = checkedDrills(process.cwd(), data).map((drill) => ({ ...drill.data, id: drill.id }));
const spot = checkedSpotRound(process.cwd(), data);
const material = new Map(lessons.map((lesson) => [lesson.id, lessonReviewData(lesson, drills, spot)]));

describe('what a review of each lesson can ask', () => {
  it('every lesson has at least its quiz questions, each with its sentence to remember and a link back', () => {
    for (const lesson of lessons) {
      const review = material.get(lesson.id)!;
      expect(review.questions.length).toBeGreaterThanOrEqual(lesson.data.quiz.length);
      expect(review.remember).toBe(lesson.data.remember);
      expect(new Set(review.questions.map((q) => q.id)).size, lesson.id).toBe(review.questions.length);
      for (const q of review.questions) {
        expect(q.remember).toBe(lesson.data.remember);
        expect(q.teachesHref).toBe(`/lessons/${lesson.id}/#actions-heading`);
        expect(q.answer).toBeLessThan(q.options.length);
        expect(q.explanation.length).toBeGreaterThan(0);
      }
    }
  });

  it('asks from another angle first: the lesson’s real-or-fake messages, then its drills’ steps, then its quiz', () => {
    const review = material.get('impersonating-relatives')!;
    const kinds = review.questions.map((q) =>
      q.id.includes('#spot:') ? 'spot' : q.id.includes('#drill:') ? 'drill' : 'quiz',
    );
    expect(kinds.indexOf('spot')).toBe(0);
    expect(kinds.lastIndexOf('spot')).toBeLessThan(kinds.indexOf('drill'));
    expect(kinds.lastIndexOf('drill')).toBeLessThan(kinds.indexOf('quiz'));
    // Enough lessons have another angle for reviews to feel new.
    const withAngle = [...material.values()].filter((r) => r.questions.some((q) => q.scene));
    expect(withAngle.length).toBeGreaterThanOrEqual(15);
  });

  it('a message’s question is answered by its verdict and shows the message as her phone does', () => {
    for (const message of spot.filter((m) => m.lesson)) {
      const q = material
        .get(message.lesson!)!
        .questions.find((item) => item.id.endsWith(`#spot:${message.id}`))!;
      expect(q.options[q.answer]).toBe(message.verdict === 'scam' ? '可疑，是骗局' : '正常，是真的');
      expect(q.scene?.lines).toEqual(message.bubbles);
      expect(q.scene?.label).toContain(message.sender);
      expect(q.explanation).toBe(message.explain);
    }
  });

  it('a drill step is asked only where exactly one choice keeps her safe there, and that choice is the answer', () => {
    let asked = 0;
    for (const drill of drills)
      for (const step of drill.steps) {
        const safe = step.choices.filter((choice) => choiceOutcome(drill, choice) === 'safe');
        for (const slug of drill.lessons) {
          const q = material
            .get(slug)!
            .questions.find((item) => item.id === `${slug}#drill:${drill.id}:${step.id}`);
          if (safe.length !== 1) {
            expect(q).toBeUndefined();
            continue;
          }
          asked += 1;
          expect(q!.options[q!.answer]).toBe(safe[0]!.text);
          expect(q!.explanation).toBe(safe[0]!.feedback);
          expect(q!.scene?.lines).toEqual(expect.arrayContaining(step.says));
        }
      }
    expect(asked).toBeGreaterThan(10);
  });
});

const item = (slug: string, n: number): QuizItem => ({
  id: `${slug}#${n}`,
  question: `${slug} ${n}`,
  options: ['a', 'b', 'c'],
  answer: 1,
  explanation: 'x',
  lessonTitle: slug,
  teachesHref: `/lessons/${slug}/`,
});
const fake = (slug: string, count = 4): [string, LessonReviewData] => [
  slug,
  {
    slug,
    title: slug,
    href: `/lessons/${slug}/`,
    remember: 'r',
    questions: Array.from({ length: count }, (_, n) => item(slug, n)),
  },
];

describe('today’s review questions', () => {
  const bank = new Map([fake('a'), fake('b'), fake('c'), fake('d')]);

  it('asks one question of each lesson due, the next one each time it comes back', () => {
    const picked = pickReviewQuestions(
      [
        { slug: 'a', stage: 0, due: true },
        { slug: 'b', stage: 2, due: true },
        { slug: 'c', stage: 3, due: true },
      ],
      bank,
      3,
    );
    expect(picked.map((p) => p.item.id)).toEqual(['a#0', 'b#2', 'c#3']);
  });

  it('makes up three from her other lessons, then from the due lesson itself', () => {
    const withOther = pickReviewQuestions(
      [
        { slug: 'a', stage: 1, due: true },
        { slug: 'd', stage: 0, due: false },
      ],
      bank,
      3,
    );
    expect(withOther.map((p) => [p.item.id, p.due])).toEqual([
      ['a#1', true],
      ['d#1', false],
      ['a#2', true],
    ]);
    const alone = pickReviewQuestions([{ slug: 'a', stage: 3, due: true }], bank, 3);
    expect(alone.map((p) => p.item.id)).toEqual(['a#3', 'a#0', 'a#1']);
  });

  it('never asks a question twice, and asks fewer when the lessons have fewer', () => {
    const small = new Map([fake('a', 1)]);
    expect(pickReviewQuestions([{ slug: 'a', stage: 0, due: true }], small, 3).map((p) => p.item.id)).toEqual(
      ['a#0'],
    );
    expect(pickReviewQuestions([{ slug: 'gone', stage: 0, due: true }], small, 3)).toEqual([]);
  });

  it('a lesson counts as answered right only when all its questions were', () => {
    const picked = pickReviewQuestions(
      [
        { slug: 'a', stage: 0, due: true },
        { slug: 'b', stage: 0, due: true },
      ],
      bank,
      3,
    );
    // a#0, b#0, a#1: a missed once.
    expect(Object.fromEntries(lessonResults(picked, [1, 1, 0]))).toEqual({ a: false, b: true });
    expect(Object.fromEntries(lessonResults(picked, [1, 1, 1]))).toEqual({ a: true, b: true });
  });
});

describe('the lessons she has done, for the fridge card', () => {
  it('are her finished lesson quizzes and her scheduled lessons, the last done first, without the self-test', () => {
    const progress = {
      quizzes: {
        'card-pin': { best: 3 },
        mixed: { best: 5 },
        'atm-safety': { best: null },
        'fake-police': { best: 2 },
      },
    };
    const schedule = {
      lessons: { 'fake-police': { learned: '2026-12-01' }, passbook: { learned: '2026-12-02' } },
    };
    expect(doneLessons(progress, schedule)).toEqual(['passbook', 'fake-police', 'card-pin']);
  });
});

describe('days as she says them', () => {
  it('today, tomorrow, a date this year, a date next year', () => {
    expect(dayInWords('2026-12-02', '2026-12-02')).toBe('今天');
    expect(dayInWords('2026-12-03', '2026-12-02')).toBe('明天');
    expect(dayInWords('2026-12-09', '2026-12-02')).toBe('12 月 9 日');
    expect(dayInWords('2027-03-02', '2026-12-02')).toBe('2027 年 3 月 2 日');
    expect(dayInWords('2027-01-01', '2026-12-31')).toBe('明天');
  });
});
