import { describe, expect, it } from 'vitest';
import { monthsBefore, reviewedBefore } from '../../src/lib/content-review';

const lesson = (filePath: string, reviewed: string) => ({ filePath, data: { reviewed: new Date(reviewed) } });
const today = new Date('2026-11-30T00:00:00Z');

describe('content review', () => {
  it('counts months back in the calendar', () => {
    expect(monthsBefore(today, 12).toISOString().slice(0, 10)).toBe('2025-11-30');
    expect(monthsBefore(today, 24).toISOString().slice(0, 10)).toBe('2024-11-30');
  });

  it('lists the lessons reviewed before the limit, and only those', () => {
    const lessons = [
      lesson('a.mdx', '2026-11-26'),
      lesson('b.mdx', '2025-11-30'),
      lesson('c.mdx', '2025-11-29'),
      lesson('d.mdx', '2023-01-01'),
    ];
    expect(reviewedBefore(lessons, today, 12)).toEqual([
      'c.mdx (reviewed 2025-11-29)',
      'd.mdx (reviewed 2023-01-01)',
    ]);
    expect(reviewedBefore(lessons, today, 24)).toEqual(['d.mdx (reviewed 2023-01-01)']);
  });
});
