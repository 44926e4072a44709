import { describe, expect, it } from 'vitest';
import { runSheet, SALON_FIXED } from '../../src/lib/slides/outline';

const labels = {
  welcome: '开场',
  lesson: (n: number, title: string) => `第 ${n} 课：${title}`,
  questions: '大家提问',
  handOut: '发材料',
};
const end = (items: ReturnType<typeof runSheet>) => items.at(-1)!.at + items.at(-1)!.minutes;

describe('the run sheet of a 45-minute salon', () => {
  it('gives lessons that fit their own length and the room the time left', () => {
    const items = runSheet([{ title: '冒充公检法', minutes: 12.5 }], labels);
    expect(items.map((item) => item.what)).toEqual(['开场', '第 1 课：冒充公检法', '大家提问', '发材料']);
    expect(items[1]).toMatchObject({ at: SALON_FIXED.welcome, minutes: 13 });
    expect(end(items)).toBe(45);
    expect(items[2]!.minutes).toBe(45 - 3 - 13 - 3);
  });

  it('shares the time in proportion when three long lessons do not fit, ending on time', () => {
    const items = runSheet(
      [
        { title: 'a', minutes: 14 },
        { title: 'b', minutes: 12 },
        { title: 'c', minutes: 16 },
      ],
      labels,
    );
    const lessons = items.slice(1, 4).map((item) => item.minutes);
    expect(lessons.reduce((a, b) => a + b, 0)).toBe(45 - 3 - 5 - 3);
    expect(lessons[2]).toBeGreaterThan(lessons[1]!);
    expect(end(items)).toBe(45);
    // Each item starts when the one before ends.
    items.slice(1).forEach((item, i) => expect(item.at).toBe(items[i]!.at + items[i]!.minutes));
  });

  it('keeps 5 minutes a lesson when too many are chosen, and shows the salon running over', () => {
    const items = runSheet(
      Array.from({ length: 8 }, (_, i) => ({ title: String(i), minutes: 12 })),
      labels,
    );
    expect(items.slice(1, 9).every((item) => item.minutes >= 5)).toBe(true);
    expect(end(items)).toBeGreaterThan(45);
  });
});
