/**
 * The content collections. Lessons are MDX files under content/lessons/<track>/<slug>.mdx;
 * tracks, hotlines and the organisation are small YAML files in content/. A lesson that
 * names a track or hotline that does not exist stops the build, naming the file and field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { basename } from 'node:path';
import { loadContentData } from './lib/content-files';
import { assertLessonBodies } from './lib/content-from-disk';
import { createLessonSchema } from './lib/schema/lesson';
import { createHelpGuideSchema, hotlineSchema, siteSchema, trackSchema } from './lib/schema/catalogue';

const data = loadContentData();

const lessonFiles = glob({
  pattern: '**/*.mdx',
  base: './content/lessons',
  // The slug is the file name alone: URLs stay /lessons/<slug>/ whatever the folder.
  generateId: ({ entry }) => basename(entry, '.mdx'),
});

const lessons = defineCollection({
  loader: {
    ...lessonFiles,
    // The schema sees only the frontmatter: check the bodies' components first, so an unknown
    // or unclosed one stops the build naming the file and line, not with a stack trace.
    load: async (context) => {
      assertLessonBodies();
      await lessonFiles.load(context);
    },
  },
  schema: createLessonSchema({
    trackIds: data.tracks.map((track) => track.id),
    hotlineIds: data.hotlines.map((hotline) => hotline.id),
  }),
});

const tracks = defineCollection({
  loader: () => data.tracks,
  schema: trackSchema,
});

const hotlines = defineCollection({
  loader: () => data.hotlines,
  schema: hotlineSchema,
});

const site = defineCollection({
  loader: () => [{ id: 'site', ...data.site }],
  schema: siteSchema,
});

const guides = defineCollection({
  loader: () => [{ id: 'help', ...data.help }],
  schema: createHelpGuideSchema(data.hotlines.map((hotline) => hotline.id)),
});

export const collections = { lessons, tracks, hotlines, site, guides };
