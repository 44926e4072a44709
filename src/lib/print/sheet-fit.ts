/**
 * What a printed sheet shows so it fills its one page and no more, the type never shrinking:
 * as many warning signs and steps as fit, down to a minimum of each (warning signs give way
 * first). The browser measures (src/scripts/sheets.ts); this decides. Plain data, no DOM.
 */
export interface FitCounts {
  flags: number;
  actions: number;
}

export interface FitRule {
  /** What the lesson has. */
  available: FitCounts;
  /** Never fewer than these (or all there are, when there are fewer). */
  minimum: FitCounts;
}

/**
 * The most items that fit: all of them when they fit; else warning signs are dropped from the
 * end down to their minimum, then steps down to theirs (and a warning sign comes back where a
 * dropped step left room for it). `fits` says whether the sheet with these
 * counts shown stays within its page. Undefined when even the minimum does not fit.
 */
export function fitCounts(
  { available, minimum }: FitRule,
  fits: (shown: FitCounts) => boolean,
): FitCounts | undefined {
  const floor = {
    flags: Math.min(minimum.flags, available.flags),
    actions: Math.min(minimum.actions, available.actions),
  };
  const shown = { ...available };
  while (!fits(shown)) {
    if (shown.flags > floor.flags) shown.flags -= 1;
    else if (shown.actions > floor.actions) shown.actions -= 1;
    else return undefined;
  }
  // A step given up can leave room for a warning sign that was dropped before it.
  while (shown.actions < available.actions && shown.flags < available.flags) {
    const more = { ...shown, flags: shown.flags + 1 };
    if (!fits(more)) break;
    shown.flags = more.flags;
  }
  return shown;
}

export const MM_TO_PX = 96 / 25.4;
