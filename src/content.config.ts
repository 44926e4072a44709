/**
 * The content collections. Lessons are MDX files under content/lessons/<track>/<slug>.mdx;
 * tracks, hotlines, the organisation, the help guide, the family pact and the scammers' techniques
 * are small YAML files in content/; drills are YAML files in content/drills/, the 真假辨一辨 round is content/spot.yaml.
 *
 * Lessons are checked by the same code as in the unit tests (checkedLessons → checkLesson), not
 * by Astro's own frontmatter parser: every lesson, frontmatter and body, before Astro reads any,
 * so a broken lesson stops the build with one line per problem naming the file and the field
 * (or line), and what the tests refuse the build refuses too. Astro's glob loader then only finds
 * and renders the files; the data it stores is ours.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lessonRefs, loadContentData } from './lib/content-files';
import { checkedLessons } from './lib/content-from-disk';
import { checkedDrills, checkedSpotRound } from './lib/drills/drills-from-disk';
import type { DrillData } from './lib/schema/drill';
import type { SpotMessage } from './lib/schema/spot';
import type { Technique } from './lib/schema/technique';
import { createLessonSchema } from './lib/schema/lesson';
import type { FamilyPact, HelpGuide, Hotline, SiteInfo, Track } from './lib/schema/catalogue';

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
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const checked = new Map(checkedLessons(root, data).map((lesson) => [lesson.id, lesson.data]));
      await lessonFiles.load({
        ...context,
        parseData: async ({ id }) => {
          const lesson = checked.get(id);
          if (!lesson) throw new Error(`lesson "${id}" was not checked (content/lessons)`);
          return lesson as never;
        },
      });
    },
  },
  // For the types of the lessons' data; the data itself was checked above.
  schema: createLessonSchema(lessonRefs(data)),
});

// The YAML files were checked by loadContentData (content-files.ts) with their own schemas;
// these collections hand that data on as it is.
const tracks = defineCollection({
  loader: () => data.tracks,
  schema: z.custom<Track>(),
});

const hotlines = defineCollection({
  loader: () => data.hotlines,
  schema: z.custom<Hotline>(),
});

const site = defineCollection({
  loader: () => [{ id: 'site', ...data.site }],
  schema: z.custom<SiteInfo>(),
});

const guides = defineCollection({
  loader: () => [{ id: 'help', ...data.help }],
  schema: z.custom<HelpGuide>(),
});

const family = defineCollection({
  loader: () => [{ id: 'family', ...data.family }],
  schema: z.custom<FamilyPact>(),
});

const techniques = defineCollection({
  loader: () => data.techniques,
  schema: z.custom<Technique>(),
});

// Drills and the 真假辨一辨 round are checked like lessons (drills-from-disk.ts): a broken file
// stops `astro sync` and the build with a line naming the file, the field and the step.
const drills = defineCollection({
  loader: async () => checkedDrills(process.cwd(), data).map((drill) => ({ ...drill.data, id: drill.id })),
  schema: z.custom<DrillData & { id: string }>(),
});

// One entry: the round, its messages in the file's order.
const spot = defineCollection({
  loader: async () => [{ id: 'round', messages: checkedSpotRound(process.cwd(), data) }],
  schema: z.custom<{ messages: SpotMessage[] }>(),
});

export const collections = {
  lessons,
  tracks,
  hotlines,
  site,
  guides,
  family,
  techniques,
  drills,
  spot,
};
