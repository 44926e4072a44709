/**
 * Drill practice kept on this device only (localStorage, one versioned key): where she stopped in
 * each drill, so she can pick up there, and how often she reached a safe or a harmed ending.
 * Anything unreadable or malformed is dropped quietly; nothing here is ever sent anywhere.
 */

export const DRILL_STORAGE_KEY = 'purse-guard:drills';
export const DRILL_STORAGE_VERSION = 1;

export interface DrillRecord {
  /** The step she was on (an element id of the drill's page), when she left mid-drill. */
  place?: string;
  /** How many times she reached a safe ending, and a harmed one. */
  safe: number;
  harmed: number;
}

export interface DrillProgress {
  version: typeof DRILL_STORAGE_VERSION;
  drills: Record<string, DrillRecord>;
}

export const emptyDrillProgress = (): DrillProgress => ({ version: DRILL_STORAGE_VERSION, drills: {} });

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isId = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z0-9-]{1,80}$/.test(value);

export function parseDrillProgress(raw: string | null): DrillProgress {
  if (raw === null) return emptyDrillProgress();
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return emptyDrillProgress();
  }
  if (typeof value !== 'object' || value === null) return emptyDrillProgress();
  const { version, drills } = value as Record<string, unknown>;
  if (version !== DRILL_STORAGE_VERSION || typeof drills !== 'object' || drills === null)
    return emptyDrillProgress();
  const kept: Record<string, DrillRecord> = {};
  for (const [slug, record] of Object.entries(drills)) {
    if (!isId(slug) || typeof record !== 'object' || record === null) continue;
    const { place, safe, harmed } = record as Record<string, unknown>;
    if (!isCount(safe) || !isCount(harmed)) continue;
    kept[slug] = isId(place) ? { place, safe, harmed } : { safe, harmed };
  }
  return { version: DRILL_STORAGE_VERSION, drills: kept };
}

const recordOf = (progress: DrillProgress, slug: string): DrillRecord =>
  progress.drills[slug] ?? { safe: 0, harmed: 0 };

/** She is on this step now (or back at the start: no place). */
export function withPlace(progress: DrillProgress, slug: string, place: string | undefined): DrillProgress {
  const { safe, harmed } = recordOf(progress, slug);
  return {
    ...progress,
    drills: { ...progress.drills, [slug]: place && isId(place) ? { place, safe, harmed } : { safe, harmed } },
  };
}

/** She reached an ending: count it, and the drill starts afresh next time. */
export function withEnding(progress: DrillProgress, slug: string, kind: 'safe' | 'harmed'): DrillProgress {
  const record = recordOf(progress, slug);
  return {
    ...progress,
    drills: {
      ...progress.drills,
      [slug]: {
        safe: record.safe + (kind === 'safe' ? 1 : 0),
        harmed: record.harmed + (kind === 'harmed' ? 1 : 0),
      },
    },
  };
}
