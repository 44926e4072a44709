/**
 * Every content query the pages make, in one module (as withastro/docs does): pages never call
 * getCollection with filters of their own. The logic is in content-queries.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createContentQueries, type ContentQueries } from './content-queries';
import { loadContentData } from './content-files';
import type { ReaderBank } from './reader-bank';
import { checkedAlerts, type Alert } from './alerts/alerts-from-disk';

export type { Shell } from './content-queries';

export type Lesson = CollectionEntry<'lessons'>;

let cached: Promise<ContentQueries<Lesson>> | undefined;

function queries(): Promise<ContentQueries<Lesson>> {
  cached ??= (async () => {
    const [lessons, tracks, hotlines, sites, guides] = await Promise.all([
      getCollection('lessons'),
      getCollection('tracks'),
      getCollection('hotlines'),
      getCollection('site'),
      getCollection('guides'),
    ]);
    const site = sites[0]?.data;
    const help = guides.find((guide) => guide.id === 'help')?.data;
    if (!site) throw new Error('content/site.yaml is missing');
    if (!help) throw new Error('content/help.yaml is missing');
    // In the order of hotlines.yaml (the collection sorts by id): the numbers bar shows 96110 first.
    const fileOrder = loadContentData().hotlines.map((hotline) => hotline.id);
    const position = (id: string) => fileOrder.indexOf(id);
    return createContentQueries({
      lessons,
      tracks: tracks.map((entry) => entry.data),
      hotlines: hotlines.map((entry) => entry.data).sort((a, b) => position(a.id) - position(b.id)),
      site,
      help,
    });
  })();
  return cached;
}

export const getTracks = async () => (await queries()).tracks();
export const getTrack = async (id: string) => (await queries()).track(id);
export const getLessons = async () => (await queries()).lessons();
export const getTrackLessons = async (trackId: string) => (await queries()).trackLessons(trackId);
export const getTrackGroups = async (trackId: string) => (await queries()).trackGroups(trackId);
export const getLesson = async (slug: string) => (await queries()).lesson(slug);
export const getLessonNeighbours = async (slug: string) => (await queries()).neighbours(slug);
export const getLessonCounts = async () => (await queries()).lessonCounts();
export const getHotlines = async (ids?: readonly string[], bank?: ReaderBank) =>
  (await queries()).hotlines(ids, bank);
export const getSiteInfo = async () => (await queries()).site();
export const getShell = async () => (await queries()).shell();
export const getLessonsByTrack = async () => (await queries()).lessonsByTrack();
export const getEssentialHotlines = async () => (await queries()).essentialHotlines();
export const getCardHotlines = async () => (await queries()).cardHotlines();
export const getHelpGuide = async () => (await queries()).help();

/**
 * The family pact (/family/), its lessons checked against the library: a slug that names no lesson
 * stops the build, naming the file and the field.
 */
export const getFamilyPact = async () => {
  const [[entry], lessons] = await Promise.all([getCollection('family'), getLessons()]);
  if (!entry) throw new Error('content/family.yaml: missing');
  const known = new Set(lessons.map((lesson) => lesson.id));
  const unknown = entry.data.lessons.filter((slug) => !known.has(slug));
  if (unknown.length > 0)
    throw new Error(`content/family.yaml: lessons: no lesson "${unknown.join('", "')}"`);
  for (const section of entry.data.guide) {
    if (section.more && !section.more.startsWith('/') && !known.has(section.more))
      throw new Error(`content/family.yaml: guide.more: no lesson "${section.more}"`);
  }
  return entry.data;
};

export type Drill = CollectionEntry<'drills'>['data'];

let drillsCached: Promise<Drill[]> | undefined;

/** The drills, in their order (the first a reader should try first). */
export const getDrills = async (): Promise<Drill[]> => {
  drillsCached ??= getCollection('drills').then((entries) =>
    entries.map((entry) => entry.data).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
  );
  return drillsCached;
};
export const getDrill = async (slug: string) => (await getDrills()).find((drill) => drill.id === slug);
/** The numbers each ending of a drill gives, by ending id; "the bank" is the bank of her card. */
export const getDrillEndingHotlines = async (drill: Drill) =>
  Object.fromEntries(
    await Promise.all(
      drill.endings.map(async (ending) => [ending.id, await getHotlines(ending.hotlines, 'issuer')] as const),
    ),
  );

let techniquesCached: ReturnType<typeof loadContentData>['techniques'] | undefined;
/** The scammers' tricks, in the order of content/techniques.yaml (read once a build: every lesson page asks). */
export const getTechniques = async () => (techniquesCached ??= loadContentData().techniques);

/**
 * The 真假辨一辨 round, in the order of content/spot.yaml, each message with the name of the trick
 * it plays and the lesson (slug and title) that teaches it.
 */
export const getSpotRound = async () => {
  const [messages, techniques] = await Promise.all([
    getCollection('spot').then((entries) => entries[0]?.data.messages ?? []),
    getTechniques(),
  ]);
  return Promise.all(
    messages.map(async (message) => {
      const lesson = message.lesson ? await getLesson(message.lesson) : undefined;
      return {
        ...message,
        trickName: techniques.find((technique) => technique.id === message.trick)?.name,
        lessonLink: lesson && { slug: lesson.id, title: lesson.data.title },
      };
    }),
  );
};

/** A current alert (content/alerts/), as the pages show it. */
export type SiteAlert = Alert;

let alertsCached: Alert[] | undefined;

/**
 * The alerts still showing at this build, newest first: read from content/alerts/ as the build
 * began (alerts-from-disk.ts; the alerts-check integration has refused a broken one already).
 */
export const getAlerts = async (): Promise<Alert[]> =>
  (alertsCached ??= checkedAlerts(process.cwd(), loadContentData()).current);

/** The current alerts about a lesson's pattern, newest first. */
export const getLessonAlerts = async (slug: string) =>
  (await getAlerts()).filter((alert) => alert.data.lessons.includes(slug));
