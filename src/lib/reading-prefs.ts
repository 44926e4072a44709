/**
 * The reader's display choices (text size, high contrast), kept on the device under one
 * versioned key. The inline head script (reading-prefs-script.ts) applies them before first paint with
 * the same rules, written from these constants; anything unreadable is ignored.
 */
export const READING_KEY = 'purse-guard:reading';
export const READING_VERSION = 1;
export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

export interface ReadingPrefs {
  scale: number;
  contrast: 'high' | 'normal';
}

export function parseReadingPrefs(raw: string | null): ReadingPrefs | undefined {
  try {
    const data = JSON.parse(raw ?? '') as { v?: unknown; s?: unknown; c?: unknown };
    if (data.v !== READING_VERSION || !TEXT_SCALES.includes(data.s as (typeof TEXT_SCALES)[number]))
      return undefined;
    if (data.c !== 'high' && data.c !== 'normal') return undefined;
    return { scale: data.s as number, contrast: data.c };
  } catch {
    return undefined;
  }
}

export function serialiseReadingPrefs({ scale, contrast }: ReadingPrefs): string {
  return JSON.stringify({ v: READING_VERSION, s: scale, c: contrast });
}

/** The next text size up (+1) or down (−1), staying within the steps. */
export function stepScale(scale: number, direction: 1 | -1): number {
  const index = Math.max(0, TEXT_SCALES.indexOf(scale as (typeof TEXT_SCALES)[number]));
  return TEXT_SCALES[Math.min(Math.max(index + direction, 0), TEXT_SCALES.length - 1)] ?? 1;
}
