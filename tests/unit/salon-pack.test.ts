import { describe, expect, it } from 'vitest';
import { packQuestions, parseSalonPack, salonPackSearch } from '../../src/lib/print/salon-pack';

describe('parseSalonPack', () => {
  it('keeps the lessons in the order chosen, each once, from a list or repeated fields', () => {
    expect(parseSalonPack('?lessons=b,a,b', '2026-11-30').lessons).toEqual(['b', 'a']);
    expect(parseSalonPack('?lessons=b&lessons=a', '2026-11-30').lessons).toEqual(['b', 'a']);
  });

  it('ignores what cannot be a lesson id, and keeps unknown ids for the page to name', () => {
    expect(parseSalonPack('?lessons=atm-safety,<script>,no-such-lesson,', '2026-11-30').lessons).toEqual([
      'atm-safety',
      'no-such-lesson',
    ]);
  });

  it('takes the title (cut to 40 characters) and a date, else today', () => {
    const pack = parseSalonPack(
      `?lessons=a&title=${encodeURIComponent('社'.repeat(50))}&date=2026-12-03`,
      '2026-11-30',
    );
    expect(pack.title).toHaveLength(40);
    expect(pack.date).toBe('2026-12-03');
    expect(parseSalonPack('?lessons=a&date=tomorrow', '2026-11-30').date).toBe('2026-11-30');
  });

  it('round-trips the address the print centre writes', () => {
    const search = salonPackSearch({ lessons: ['c', 'a'], title: '社区讲座', date: '2026-12-03' });
    expect(parseSalonPack(search, '2026-11-30')).toEqual({
      lessons: ['c', 'a'],
      title: '社区讲座',
      date: '2026-12-03',
    });
  });
});

describe('packQuestions', () => {
  it('takes the lessons in turn, first questions first, up to six', () => {
    expect(packQuestions([4, 4, 4])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
    expect(packQuestions([5])).toHaveLength(5);
    expect(packQuestions([1, 3], 6)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
  });
});
