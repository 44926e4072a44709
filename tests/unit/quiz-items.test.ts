import { describe, expect, it } from 'vitest';
import { createContentQueries } from '../../src/lib/content-queries';
import { loadContentFromDisk } from '../../src/lib/content-from-disk';
import { allQuizItems, lessonQuizItems, mixedQuizItems } from '../../src/lib/quiz/quiz-items';
import { drawQuestions } from '../../src/lib/quiz/quiz-draw';

const q = createContentQueries(loadContentFromDisk());

describe('quiz items', () => {
  it("turn a lesson's quiz into items that point back to its what-to-do section", () => {
    const lesson = q.lessons()[0]!;
    const items = lessonQuizItems(lesson);
    expect(items).toHaveLength(lesson.data.quiz.length);
    expect(items[0]).toMatchObject({
      id: `${lesson.id}#0`,
      question: lesson.data.quiz[0]!.question,
      answer: lesson.data.quiz[0]!.answer,
      lessonTitle: lesson.data.title,
      teachesHref: `/lessons/${lesson.id}/#actions-heading`,
    });
  });

  it('mix the self-test from every track, each question from a different lesson', () => {
    const trackIds = q.tracks().map((t) => t.id);
    const items = mixedQuizItems(q.lessons(), trackIds, 3);
    expect(items).toHaveLength(9);
    const lessonsUsed = items.map((item) => item.id.split('#')[0]);
    expect(new Set(lessonsUsed).size).toBe(9);
    for (const track of trackIds) {
      const inTrack = items.filter((item) => q.lesson(item.id.split('#')[0]!)?.data.track === track);
      expect(inTrack, track).toHaveLength(3);
    }
  });

  it('draw a new set without repeating a question', () => {
    const pool = allQuizItems(q.lessons());
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const drawn = drawQuestions(pool, 9, random);
    expect(drawn).toHaveLength(9);
    expect(new Set(drawn.map((d) => d.id)).size).toBe(9);
    expect(drawQuestions(pool.slice(0, 2), 9)).toHaveLength(2);
  });
});
