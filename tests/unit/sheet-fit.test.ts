import { describe, expect, it } from 'vitest';
import { fitCounts, type FitCounts } from '../../src/lib/print/sheet-fit';

/** A sheet whose height is a frame plus a line per item, on a page of `page` lines. */
const sheet = (frame: number, page: number) => (shown: FitCounts) =>
  frame + shown.flags + shown.actions <= page;
const rule = { available: { flags: 6, actions: 5 }, minimum: { flags: 3, actions: 3 } };

describe('fitCounts', () => {
  it('shows everything that fits', () => {
    expect(fitCounts(rule, sheet(10, 30))).toEqual({ flags: 6, actions: 5 });
  });

  it('drops warning signs first, down to three, then steps', () => {
    expect(fitCounts(rule, sheet(10, 19))).toEqual({ flags: 4, actions: 5 });
    expect(fitCounts(rule, sheet(10, 17))).toEqual({ flags: 3, actions: 4 });
  });

  it('gives a dropped warning sign its place back when a long step made way for it', () => {
    // Items of their own heights: the last step takes three lines, every other item one.
    const heights = { flags: [1, 1, 1, 1, 1, 1], actions: [1, 1, 1, 1, 3] };
    const tall = (shown: FitCounts) =>
      10 +
        heights.flags.slice(0, shown.flags).reduce((a, b) => a + b, 0) +
        heights.actions.slice(0, shown.actions).reduce((a, b) => a + b, 0) <=
      19;
    expect(fitCounts(rule, tall)).toEqual({ flags: 5, actions: 4 });
  });

  it('says when not even the minimum fits (the form must not allow such details)', () => {
    expect(fitCounts(rule, sheet(10, 15))).toBeUndefined();
  });

  it('never asks for more than a lesson has', () => {
    expect(
      fitCounts({ available: { flags: 2, actions: 3 }, minimum: { flags: 3, actions: 3 } }, sheet(10, 12)),
    ).toBeUndefined();
    expect(
      fitCounts({ available: { flags: 2, actions: 3 }, minimum: { flags: 3, actions: 3 } }, sheet(10, 15)),
    ).toEqual({
      flags: 2,
      actions: 3,
    });
  });
});
