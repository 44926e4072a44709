import { describe, expect, it } from 'vitest';
import { parseReadingPrefs, serialiseReadingPrefs, stepScale } from '../../src/lib/reading-prefs';

describe('reading preferences', () => {
  it('round-trip', () => {
    const prefs = { scale: 1.5, contrast: 'high' as const };
    expect(parseReadingPrefs(serialiseReadingPrefs(prefs))).toEqual(prefs);
  });

  it.each([
    null,
    '',
    '{',
    'null',
    '{"v":2,"s":1,"c":"high"}',
    '{"v":1,"s":3,"c":"high"}',
    '{"v":1,"s":1,"c":"pink"}',
  ])('ignores %s', (raw) => {
    expect(parseReadingPrefs(raw)).toBeUndefined();
  });

  it('steps the text size within 100 %–200 %', () => {
    expect(stepScale(1, 1)).toBe(1.25);
    expect(stepScale(2, 1)).toBe(2);
    expect(stepScale(1, -1)).toBe(1);
    expect(stepScale(7, 1)).toBe(1.25);
  });
});
