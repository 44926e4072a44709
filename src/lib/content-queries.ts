/**
 * The content queries as plain functions over plain data, so the same code answers the pages
 * (fed from Astro's collections in lessons.ts) and the unit tests (fed from the files on disk).
 */
import { sortLessons, trackNeighbours, type LessonLike } from './lesson-order';
import type { HelpGuide, Hotline, SiteInfo, Track } from './schema/catalogue';
import { BANK_HOTLINE_ID } from './hotline-ids';
import { bankHotline, type ReaderBank } from './reader-bank';

export interface ContentSource<L extends LessonLike> {
  lessons: readonly L[];
  tracks: readonly Track[];
  hotlines: readonly Hotline[];
  site: SiteInfo;
  help: HelpGuide;
}

export function createContentQueries<L extends LessonLike>(source: ContentSource<L>) {
  const tracks = [...source.tracks].sort((a, b) => a.order - b.order);
  const lessons = sortLessons(
    source.lessons,
    tracks.map((track) => track.id),
  );
  const barHotlines = source.hotlines.filter((hotline) => hotline.bar !== undefined);
  return {
    tracks: (): Track[] => tracks,
    track: (id: string): Track | undefined => tracks.find((track) => track.id === id),
    /** All lessons in reading order (track by track). */
    lessons: (): L[] => lessons,
    trackLessons: (trackId: string): L[] => lessons.filter((lesson) => lesson.data.track === trackId),
    /**
     * A track's lessons under its groups' headings (tracks.yaml), groups in their order; lessons
     * without a group come last, under no heading. A track without groups is one list.
     */
    trackGroups: (trackId: string): TrackGroup<L>[] => {
      const inTrack = lessons.filter((lesson) => lesson.data.track === trackId);
      const groups = tracks.find((track) => track.id === trackId)?.groups ?? [];
      const listed = groups
        .map((group) => ({ group, lessons: inTrack.filter((lesson) => lesson.data.group === group.id) }))
        .filter((entry) => entry.lessons.length > 0);
      const rest = inTrack.filter((lesson) => !groups.some((group) => group.id === lesson.data.group));
      return rest.length > 0 ? [...listed, { group: undefined, lessons: rest }] : listed;
    },
    lesson: (slug: string): L | undefined => lessons.find((lesson) => lesson.id === slug),
    neighbours: (slug: string) => trackNeighbours(lessons, slug),
    /** How many lessons each track has (the home page never lists every lesson). */
    lessonCounts: (): Map<string, number> => {
      const counts = new Map<string, number>();
      for (const lesson of lessons) counts.set(lesson.data.track, (counts.get(lesson.data.track) ?? 0) + 1);
      return counts;
    },
    /**
     * The hotlines with these ids, in the order given; every hotline when no ids are given. The
     * hotline "bank" is the bank the steps mean (`bank`: the card's issuer unless said).
     */
    hotlines: (ids?: readonly string[], bank?: ReaderBank): Hotline[] => {
      if (!ids) return [...source.hotlines];
      return ids.map((id) => {
        if (id === BANK_HOTLINE_ID && bank) return bankHotline(source.site, bank);
        const hotline = source.hotlines.find((h) => h.id === id);
        if (!hotline) throw new Error(`unknown hotline id "${id}"`);
        return hotline;
      });
    },
    /** The lessons of each track, tracks in order (the print centre and the event picker). */
    lessonsByTrack: (): { track: Track; lessons: L[] }[] =>
      tracks.map((track) => ({ track, lessons: lessons.filter((lesson) => lesson.data.track === track.id) })),
    /** The numbers in the bar at the top of every page, in the order of hotlines.yaml. */
    barHotlines: (): Hotline[] => barHotlines,
    /** The three numbers a wallet card carries: the numbers bar's (96110, 110) and the bank's own. */
    cardHotlines: (): Hotline[] => [
      ...barHotlines,
      ...source.hotlines.filter((hotline) => hotline.id === BANK_HOTLINE_ID),
    ],
    /** The few numbers shown where a page has nothing else to offer. */
    essentialHotlines: (): Hotline[] => source.hotlines.filter((hotline) => hotline.essential),
    /** What every page's shell (header, numbers bar, footer) shows. */
    shell: (): Shell => ({
      site: source.site,
      barHotlines,
    }),
    site: (): SiteInfo => source.site,
    help: (): HelpGuide => source.help,
  };
}

/** One heading of a track's page and the lessons under it (no heading: the track's other lessons). */
export interface TrackGroup<L> {
  group: { id: string; title: string } | undefined;
  lessons: L[];
}

/** What every page's shell shows: the site (header, footer) and the numbers bar. Pages fetch it
 * once and hand it to their layout. */
export interface Shell {
  site: SiteInfo;
  barHotlines: Hotline[];
}

export type ContentQueries<L extends LessonLike> = ReturnType<typeof createContentQueries<L>>;
