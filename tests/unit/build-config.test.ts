import { describe, expect, it } from 'vitest';
import { stylesheetChunk } from '../../src/integrations/bundling';
import { precacheBudget } from '../../src/integrations/service-worker';

describe('stylesheetChunk', () => {
  it('puts the shell, the lesson parts and the quiz into the one shared stylesheet', () => {
    expect(stylesheetChunk('/p/src/layouts/BaseLayout.astro?astro&type=style&index=0&lang.css')).toBe('site');
    expect(stylesheetChunk('/p/src/components/Warning.astro')).toBe('site');
    expect(stylesheetChunk('/p/src/islands/quiz.css')).toBe('site');
  });

  it('leaves staff-only and page-specific parts to their own files', () => {
    expect(stylesheetChunk('/p/src/components/HandoutSheet.astro')).toBeUndefined();
    expect(stylesheetChunk('/p/src/components/SlideDeck.astro')).toBeUndefined();
    expect(stylesheetChunk('/p/src/pages/help.astro')).toBeUndefined();
  });
});

describe('precacheBudget', () => {
  it('is 8 MB unless the benchmark says otherwise', () => {
    expect(precacheBudget(undefined)).toBe(8 * 1024 * 1024);
    expect(precacheBudget('')).toBe(8 * 1024 * 1024);
    expect(precacheBudget('100')).toBe(100 * 1024 * 1024);
  });

  it('refuses a value that is not a positive number, naming the variable', () => {
    expect(() => precacheBudget('lots')).toThrow('PURSE_GUARD_PRECACHE_BUDGET_MB');
    expect(() => precacheBudget('-1')).toThrow('PURSE_GUARD_PRECACHE_BUDGET_MB');
  });
});
