import { describe, expect, it } from 'vitest';
import { parseReadingPrefs, serialiseReadingPrefs, stepScale } from '../../src/lib/reading-prefs';
import { READING_PREFS_SCRIPT } from '../../src/lib/reading-prefs-script';

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

describe('the inline head script', () => {
  /** Runs the script as a page would, with this stored value and contrast preference. */
  function runHeadScript(stored: string | null, prefersMore = false) {
    // Like a DOMStringMap: whatever is set is kept as text.
    const dataset = new Proxy<Record<string, string>>(
      {},
      { set: (target, key, value) => Reflect.set(target, key, String(value)) },
    );
    const run = new Function('document', 'localStorage', 'matchMedia', READING_PREFS_SCRIPT);
    run({ documentElement: { dataset } }, { getItem: () => stored }, () => ({ matches: prefersMore }));
    return dataset;
  }

  it.each([
    null,
    '',
    '{',
    'null',
    '"text"',
    '{"v":1,"s":1.5,"c":"high"}',
    '{"v":1,"s":2,"c":"normal"}',
    '{"v":1,"s":1,"c":"normal"}',
    '{"v":2,"s":1.5,"c":"high"}',
    '{"v":1,"s":3,"c":"high"}',
    '{"v":1,"s":"1.5","c":"high"}',
    '{"v":1,"s":1.25,"c":"pink"}',
  ])('applies %s exactly as parseReadingPrefs reads it', (stored) => {
    for (const prefersMore of [false, true]) {
      const dataset = runHeadScript(stored, prefersMore);
      const prefs = parseReadingPrefs(stored);
      expect(dataset['js']).toBe('');
      expect(dataset['textScale']).toBe(prefs ? String(prefs.scale) : undefined);
      const high = prefs ? prefs.contrast === 'high' : prefersMore;
      expect(dataset['contrast']).toBe(high ? 'high' : undefined);
    }
  });
});
