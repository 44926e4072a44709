import { describe, expect, it } from 'vitest';
import {
  choose,
  emptyAnswers,
  isComplete,
  missed,
  optionText,
  score,
  scoreText,
  verdict,
  type QuizItem,
} from '../../src/lib/quiz/quiz-logic';

const item = (id: string, answer: number): QuizItem => ({
  id,
  question: `问题 ${id}`,
  options: ['甲', '乙', '丙'],
  answer,
  explanation: `讲解 ${id}`,
  lessonTitle: '课',
  teachesHref: '/lessons/x/#actions-heading',
});
const items = [item('a', 0), item('b', 1), item('c', 2), item('d', 1)];

describe('quiz logic', () => {
  it('starts with nothing answered', () => {
    expect(emptyAnswers(3)).toEqual([null, null, null]);
    expect(score(items, emptyAnswers(4))).toEqual({ correct: 0, answered: 0, total: 4 });
    expect(isComplete(items, emptyAnswers(4))).toBe(false);
  });

  it('keeps the first answer to a question', () => {
    const once = choose(emptyAnswers(4), 1, 2);
    expect(once).toEqual([null, 2, null, null]);
    expect(choose(once, 1, 1)).toBe(once);
  });

  it('scores right answers and lists the ones missed, in order', () => {
    let answers = emptyAnswers(4);
    answers = choose(answers, 0, 0);
    answers = choose(answers, 1, 0);
    answers = choose(answers, 2, 2);
    expect(score(items, answers)).toEqual({ correct: 2, answered: 3, total: 4 });
    expect(isComplete(items, answers)).toBe(false);
    answers = choose(answers, 3, 2);
    expect(isComplete(items, answers)).toBe(true);
    expect(missed(items, answers).map((i) => i.id)).toEqual(['b', 'd']);
  });

  it('says the score in words', () => {
    expect(scoreText({ correct: 3, total: 4 })).toBe('4 题答对 3 题');
    expect(verdict({ correct: 4, total: 4 })).toContain('全部答对');
    expect(verdict({ correct: 2, total: 4 })).toContain('不错');
    expect(verdict({ correct: 0, total: 4 })).toContain('再试一次');
  });

  it('labels options with letters', () => {
    expect(optionText(items[0]!, 1)).toBe('B. 乙');
  });

  it('is never complete with no questions', () => {
    expect(isComplete([], [])).toBe(false);
  });
});
