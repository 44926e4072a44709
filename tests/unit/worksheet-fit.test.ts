/** How many questions a lesson's one-page worksheet and answer key carry (src/lib/print/worksheet-fit.ts). */
import { describe, expect, it } from 'vitest';
import { MIN_PAPER_QUESTIONS, paperQuestionCount, paperQuiz } from '../../src/lib/print/worksheet-fit';
import { loadContentFromDisk } from '../../src/lib/content-from-disk';
import { lessonQuizItems } from '../../src/lib/quiz/quiz-items';

const short = {
  question: '来电说您涉嫌洗钱。您应该？',
  options: ['挂断', '转账', '回拨'],
  answerText: '答案：A. 挂断',
  explanation: '公安机关不会在电话里办案，更不会要您转账。',
};
const long = {
  question:
    '一位自称“客服”的人打来电话，说您的快递丢了，要给您理赔，让您下载一个软件、打开屏幕共享。您应该？',
  options: [
    '按他说的下载，理赔要紧，早点拿到钱',
    '挂断，打开原来的购物软件自己找商家核实',
    '先下载看看，不对劲再删掉也来得及',
  ],
  answerText: '答案：B. 挂断，打开原来的购物软件自己找商家核实',
  explanation:
    '真正的理赔在购物软件里就能办，不需要下载别的软件，更不需要屏幕共享。骗子一开屏幕共享，就能看到您的验证码和密码，把卡里的钱转走。先下载看看，往往就是被骗的开始。'.repeat(
      2,
    ),
};

describe('paper questions', () => {
  it('puts every short question on the page', () => {
    expect(paperQuestionCount('练习题', '练习题答案', Array(5).fill(short))).toBe(5);
  });

  it('stops before the page is full, and never goes below three', () => {
    const count = paperQuestionCount('练习题', '练习题答案', Array(6).fill(long));
    expect(count).toBe(MIN_PAPER_QUESTIONS);
    expect(paperQuestionCount('练习题', '练习题答案', [short, short, long, long, long, long])).toBeLessThan(
      6,
    );
  });

  it('gives the worksheet and the answer key the same first questions, and counts the rest', () => {
    for (const lesson of loadContentFromDisk().lessons) {
      const items = lessonQuizItems(lesson as never);
      const { items: printed, left } = paperQuiz(items, { worksheet: '练习题', answers: '练习题答案' });
      expect(printed).toEqual(items.slice(0, printed.length));
      expect(printed.length + left).toBe(items.length);
      expect(printed.length).toBeGreaterThanOrEqual(Math.min(MIN_PAPER_QUESTIONS, items.length));
    }
  });
});
