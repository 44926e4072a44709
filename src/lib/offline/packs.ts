/**
 * What the offline layer keeps, as plain rules over the built site's files (the service worker
 * integration applies them; unit tests check them):
 *
 * - where each file lives in the worker's caches (pages, hashed assets, the search index, other
 *   static files, exported PDFs), the same names the worker's routes read from;
 * - the offline packs a reader or member of staff can save in one go: `lessons` (every lesson,
 *   track and help page, the drills and 真假辨一辨, search with its whole index, and the assets
 *   they need), `print` (handouts, posters, worksheets, role-play cards, the print centre) and
 *   `slides` (the projector decks, lessons' and drills').
 *
 * Nothing is saved before she asks (or, on a fast connection, before the page has been idle a
 * while): pages she opens are kept as she opens them.
 */

export const CACHE_NAMES = {
  pages: 'purse-guard-pages',
  assets: 'purse-guard-assets',
  search: 'purse-guard-search',
  static: 'purse-guard-static',
  pdfs: 'purse-guard-pdfs',
} as const;

export type CacheKind = keyof typeof CACHE_NAMES;
export type PackName = 'lessons' | 'print' | 'slides';
export const PACK_NAMES: readonly PackName[] = ['lessons', 'print', 'slides'];

export interface PackFile {
  path: string;
  cache: CacheKind;
  /**
   * The lesson or drill the file is part of (its slides, notes, handout sheets, QR code, role-play
   * cards), when it is one's: a presenter can save just the lessons of her event. Files all of a
   * pack's pages share (scripts, styles, icons, the print centre, the event pages) have none.
   */
  lesson?: string;
}

/** A bundle of a pack's files (pack-bundle.ts) as the worker fetches it. */
export interface PackBundle {
  url: string;
  /** Bytes over the wire (gzipped by the build). */
  bytes: number;
  files: number;
}

/** A pack as dist/offline-pack.json lists it for the worker. */
export interface OfflinePack {
  files: PackFile[];
  bundles: PackBundle[];
  /** What saving the pack downloads: its bundles' bytes. */
  bytes: number;
}

/** Files that are no part of what a reader saves: the worker itself, build notes, other tools' files. */
const NOT_SAVED = [
  /^\/sw\.js$/,
  /^\/sw-[\w-]+\.js$/,
  /^\/workbox-[\w-]+\.js$/,
  /^\/offline-pack\.json$/,
  /^\/version\.json$/,
  /^\/\.build-info\.json$/,
  /^\/_headers$/,
  /^\/nginx(?:-[\w-]+)?\.conf$/,
  // The packs' own bundles (pack-bundle.ts): the worker unpacks them into the files above.
  /^\/packs\//,
  /^\/404\.html$/,
  /^\/robots\.txt$/,
  /^\/sitemap[\w-]*\.xml$/,
  /^\/lessons\.json$/,
  // The alerts for other tools (a feed reader, an app); a reader offline has the alerts' pages.
  /^\/alerts\.(?:xml|json)$/,
  /^\/pagefind\/pagefind-(?:\w+-)?ui\.(?:js|css)$/,
  /^\/pagefind\/pagefind-(?:highlight|worker)\.js$/,
  /\.pdf$/,
  // A lesson's share picture is for sending on from a phone that is online: ~0.3 MB each, it
  // would make the lessons pack many times larger. Kept once opened, like any file.
  /^\/lessons\/[^/]+\/share\.png$/,
];

/** The site path of a built file ("lessons/x/index.html" → "/lessons/x/"). */
export function sitePath(file: string): string {
  const path = `/${file.replaceAll('\\', '/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Which of the worker's caches holds this path. */
export function cacheFor(path: string): CacheKind {
  if (path.endsWith('.pdf')) return 'pdfs';
  if (path.endsWith('/') || path.endsWith('.html')) return 'pages';
  if (path.startsWith('/_astro/')) return 'assets';
  if (path.startsWith('/pagefind/') || path === '/search/traditional.json') return 'search';
  return 'static';
}

/** What every page needs to look right (styles, scripts, icons): part of every pack. */
const SHARED = [/^\/_astro\//, /^\/icons\//, /^\/favicon\.svg$/, /^\/manifest\.webmanifest$/];

/** The packs that save a file (none, one, or every pack for what all pages share). */
export function packsOf(path: string): PackName[] {
  if (NOT_SAVED.some((pattern) => pattern.test(path))) return [];
  if (SHARED.some((pattern) => pattern.test(path))) return [...PACK_NAMES];
  if (path.startsWith('/present/')) return ['slides'];
  if (
    path.startsWith('/print/') ||
    path.startsWith('/handouts/') ||
    path === '/alerts/print/' ||
    /^\/lessons\/[^/]+\/qr\.svg$/.test(path) ||
    /^\/drills\/[^/]+\/cards\/$/.test(path)
  )
    return ['print'];
  return ['lessons'];
}

/** A lesson's or drill's own page ("/lessons/card-pin/"): its slug. */
const OWN_PAGE = /^\/(?:lessons|drills)\/([^/]+)\/$/;
/** The folders where a file named by a slug belongs to that lesson or drill. */
const BY_SLUG = /^\/(?:lessons|drills|handouts|present)\/([^/]+)\//;

/** Each pack's files, in order, from the built site's paths ("/lessons/x/" for a page). */
export function packFiles(paths: readonly string[]): Record<PackName, PackFile[]> {
  const slugs = new Set(paths.flatMap((path) => OWN_PAGE.exec(path)?.[1] ?? []));
  const packs: Record<PackName, PackFile[]> = { lessons: [], print: [], slides: [] };
  for (const path of [...paths].sort((a, b) => a.localeCompare(b))) {
    const slug = BY_SLUG.exec(path)?.[1];
    const file: PackFile = { path, cache: cacheFor(path) };
    if (slug && slugs.has(slug)) file.lesson = slug;
    for (const pack of packsOf(path)) packs[pack].push(file);
  }
  return packs;
}

/**
 * The name a save goes by: the pack's own, or for some of its lessons (an event's), the pack's
 * and theirs ("slides:atm-safety,card-pin"), so the same choice is the same save.
 */
export function saveKey(pack: PackName, lessons: readonly string[] = []): string {
  return lessons.length > 0 ? `${pack}:${[...new Set(lessons)].sort().join(',')}` : pack;
}

/** The files that save a pack for these lessons only: theirs, and what all the pack's pages share. */
export function filesForLessons(files: readonly PackFile[], lessons: readonly string[]): PackFile[] {
  const chosen = new Set(lessons);
  return files.filter((file) => !file.lesson || chosen.has(file.lesson));
}
