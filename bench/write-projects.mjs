/**
 * Puts a synthetic library on disk as two buildable projects in temporary folders:
 * - ours: a copy of this repository's site (src/, public/, config, the content YAML files) with
 *   the synthetic lessons in place of the real ones, node_modules linked to the root's;
 * - Starlight: a minimal Starlight docs site with the same lessons, node_modules linked to
 *   bench/node_modules.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { renderOursLesson, renderStarlightLesson } from './render-lessons.mjs';

/** @typedef {import('./generate-library.mjs').SyntheticLesson} SyntheticLesson */
/** @typedef {import('./render-lessons.mjs').HotlineInfo} HotlineInfo */
/** @typedef {{ id: string, title: string, description: string }} TrackInfo */

/** What the site copies as is; src must be a real copy (a symlinked src/ breaks astro build). */
const SITE_FILES = [
  'src',
  'public',
  'astro.config.mjs',
  // astro.config.mjs checks the site address with it.
  'scripts/site-address.mjs',
  'tsconfig.json',
  'package.json',
];
/**
 * The site's own content files a generated project copies (the lessons are generated). The drills
 * and 真假辨一辨 name real lessons, so a synthetic library has none.
 */
export const CONTENT_FILES = [
  'tracks.yaml',
  'hotlines.yaml',
  'site.yaml',
  'help.yaml',
  'family.yaml',
  'techniques.yaml',
];

/**
 * The tracks, and the hotlines by id (with the organisation's own number as "bank", as
 * src/lib/content-files.ts makes it), read from the repository's content/ folder.
 * @param {string} repoRoot
 * @returns {{ siteName: string, tracks: TrackInfo[], hotlines: Map<string, HotlineInfo> }}
 */
export function readSiteData(repoRoot) {
  const read = (/** @type {string} */ name) => parse(readFileSync(join(repoRoot, 'content', name), 'utf8'));
  const site = read('site.yaml');
  /** @type {HotlineInfo[]} */
  const listed = read('hotlines.yaml');
  const bank = {
    id: 'bank',
    number: site.customerService,
    name: `${site.shortName}客服`,
    when: '银行卡、账户有异常,或要紧急止付、挂失时拨打',
  };
  return {
    siteName: site.siteName,
    tracks: read('tracks.yaml'),
    hotlines: new Map([...listed, bank].map((hotline) => [hotline.id, hotline])),
  };
}

/**
 * A new empty folder under the system's temporary folder.
 * @param {string} name
 */
export function makeTempDir(name) {
  return mkdtempSync(join(tmpdir(), `purse-guard-bench-${name}-`));
}

/**
 * @param {string} path
 * @param {string} text
 */
function writeText(path, text) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

/**
 * The family pact names lessons of the real library, which the build checks: in a generated
 * project it names generated ones instead.
 * @param {string} repoRoot
 * @param {SyntheticLesson[]} lessons
 */
function familyPactFor(repoRoot, lessons) {
  const family = parse(readFileSync(join(repoRoot, 'content/family.yaml'), 'utf8'));
  const slugs = lessons.map((lesson) => lesson.slug);
  family.lessons = slugs.slice(0, Math.max(1, Math.min(family.lessons.length, slugs.length)));
  for (const section of family.guide) {
    if (section.more && !section.more.startsWith('/')) section.more = slugs[0];
  }
  return stringify(family);
}

/**
 * Our site with the synthetic lessons, ready for `astro build` in `dir`.
 * @param {string} dir  an empty folder
 * @param {SyntheticLesson[]} lessons
 * @param {string} repoRoot
 */
export function writeOursProject(dir, lessons, repoRoot) {
  for (const file of SITE_FILES) cpSync(join(repoRoot, file), join(dir, file), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const file of CONTENT_FILES) cpSync(join(repoRoot, 'content', file), join(dir, 'content', file));
  writeText(join(dir, 'content/family.yaml'), familyPactFor(repoRoot, lessons));
  for (const lesson of lessons) {
    writeText(join(dir, 'content/lessons', lesson.track, `${lesson.slug}.mdx`), renderOursLesson(lesson));
  }
}

/**
 * @param {string} siteName
 * @param {TrackInfo[]} tracks
 */
function starlightConfig(siteName, tracks) {
  const sidebar = tracks.map(({ id, title }) => ({
    label: title,
    items: [{ autogenerate: { directory: id } }],
  }));
  return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  // node_modules is a symlink to bench/node_modules. Resolved, Starlight's .astro components lie
  // outside the project, and Astro 7.3 then looks for their styles under the project root and
  // fails ("No cached compile metadata found"); keeping the symlinked paths (here, and node's
  // --preserve-symlinks for the astro process) keeps them inside.
  vite: { resolve: { preserveSymlinks: true } },
  integrations: [
    starlight({
      title: ${JSON.stringify(siteName)},
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      sidebar: ${JSON.stringify(sidebar)},
    }),
  ],
});
`;
}

const STARLIGHT_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * The home page: the tracks, each with a link to its first lesson (our home page shows the tracks).
 * @param {string} siteName
 * @param {TrackInfo[]} tracks
 * @param {SyntheticLesson[]} lessons
 */
function starlightHome(siteName, tracks, lessons) {
  const items = tracks.map((track) => {
    const first = lessons.find((lesson) => lesson.track === track.id);
    const link = first ? `:[${first.title}](/${track.id}/${first.slug}/)` : '';
    return `- **${track.title}**:${track.description}${link}`;
  });
  return `---\ntitle: ${JSON.stringify(siteName)}\ndescription: 防骗课堂\n---\n\n${items.join('\n')}\n`;
}

/**
 * A Starlight site with the same lessons, ready for `astro build` in `dir`.
 * @param {string} dir  an empty folder
 * @param {SyntheticLesson[]} lessons
 * @param {ReturnType<typeof readSiteData>} siteData
 * @param {string} benchModules  bench/node_modules, where Starlight is installed
 */
export function writeStarlightProject(dir, lessons, siteData, benchModules) {
  const { siteName, tracks, hotlines } = siteData;
  symlinkSync(benchModules, join(dir, 'node_modules'), 'dir');
  // Astro bundles (rather than leaves to Node) the packages the project lists that depend on
  // astro; unlisted, Starlight's middleware is left external and fails on its astro: imports.
  const packageJson = {
    name: 'starlight-bench',
    private: true,
    type: 'module',
    dependencies: { '@astrojs/starlight': '*', astro: '*' },
  };
  writeText(join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  writeText(join(dir, 'astro.config.mjs'), starlightConfig(siteName, tracks));
  writeText(join(dir, 'src/content.config.ts'), STARLIGHT_CONTENT_CONFIG);
  writeText(join(dir, 'src/content/docs/index.mdx'), starlightHome(siteName, tracks, lessons));
  for (const lesson of lessons) {
    writeText(
      join(dir, 'src/content/docs', lesson.track, `${lesson.slug}.mdx`),
      renderStarlightLesson(lesson, hotlines),
    );
  }
}
