/** Ordering and neighbours of lessons, as plain functions over plain data. */

export interface Ordered {
  order: number;
}

export interface LessonLike {
  id: string;
  data: { track: string; order: number; title: string; group?: string | undefined };
}

/** Lessons in reading order: by track (as the tracks are ordered), then by order, then slug. */
export function sortLessons<T extends LessonLike>(lessons: readonly T[], trackOrder: readonly string[]): T[] {
  const rank = (track: string) => {
    const index = trackOrder.indexOf(track);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...lessons].sort(
    (a, b) =>
      rank(a.data.track) - rank(b.data.track) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

/** The lessons before and after this one in the same track (undefined at either end). */
export function trackNeighbours<T extends LessonLike>(
  sorted: readonly T[],
  slug: string,
): { previous: T | undefined; next: T | undefined } {
  const current = sorted.find((lesson) => lesson.id === slug);
  if (!current) return { previous: undefined, next: undefined };
  const inTrack = sorted.filter((lesson) => lesson.data.track === current.data.track);
  const index = inTrack.indexOf(current);
  return { previous: inTrack[index - 1], next: inTrack[index + 1] };
}
