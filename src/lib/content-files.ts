/**
 * Reads the small YAML files in content/ (tracks, hotlines, site, help, techniques) straight from disk, so the
 * content config can check a lesson's references while Astro validates it, and so tests and
 * scripts can use the same data without a build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import {
  createFamilyPactSchema,
  createHelpGuideSchema,
  hotlineSchema,
  type FamilyPact,
  type HelpGuide,
  siteSchema,
  trackSchema,
  type Hotline,
  type SiteInfo,
  type Track,
} from './schema/catalogue';
import { formatIssues } from './schema/format-issues';
import { techniqueSchema, type Technique } from './schema/technique';
import type { LessonRefs } from './schema/lesson';
import { BANK_HOTLINE_ID } from './hotline-ids';
import { bankHotline } from './reader-bank';

export const CONTENT_DIR = 'content';

/** The id of the hotline made from the organisation's customer-service number. */
export { BANK_HOTLINE_ID };

export interface ContentData {
  tracks: Track[];
  hotlines: Hotline[];
  site: SiteInfo;
  help: HelpGuide;
  family: FamilyPact;
  techniques: Technique[];
}

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as YAML: ${(error as Error).message}`, { cause: error });
  }
}

function parseWith<T extends z.ZodType>(schema: T, file: string, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`Invalid content file\n${formatIssues(file, result.error).join('\n')}`);
  }
  return result.data;
}

/** The ids a lesson may point at (tracks, hotlines, each track's groups, techniques), for the lesson schema. */
export function lessonRefs(data: Pick<ContentData, 'tracks' | 'hotlines' | 'techniques'>): LessonRefs {
  return {
    techniqueIds: data.techniques.map((technique) => technique.id),
    trackIds: data.tracks.map((track) => track.id),
    hotlineIds: data.hotlines.map((hotline) => hotline.id),
    groupIds: Object.fromEntries(
      data.tracks.map((track) => [track.id, (track.groups ?? []).map((group) => group.id)]),
    ),
  };
}

export function loadContentData(root = process.cwd()): ContentData {
  const file = (name: string) => join(root, CONTENT_DIR, name);
  const site = parseWith(siteSchema, `${CONTENT_DIR}/site.yaml`, readYaml(file('site.yaml')));
  const tracks = parseWith(
    z.array(trackSchema).min(1),
    `${CONTENT_DIR}/tracks.yaml`,
    readYaml(file('tracks.yaml')),
  );
  const listed = parseWith(
    z.array(hotlineSchema).min(1),
    `${CONTENT_DIR}/hotlines.yaml`,
    readYaml(file('hotlines.yaml')),
  );
  const hotlines = [...listed, bankHotline(site)];
  for (const [kind, ids] of [
    ['track', tracks.map((t) => t.id)],
    ['hotline', hotlines.map((h) => h.id)],
  ] as const) {
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate) throw new Error(`content: the ${kind} id "${duplicate}" is used twice`);
  }
  const help = parseWith(
    createHelpGuideSchema(hotlines.map((h) => h.id)),
    `${CONTENT_DIR}/help.yaml`,
    readYaml(file('help.yaml')),
  );
  const family = parseWith(
    createFamilyPactSchema(hotlines.map((h) => h.id)),
    `${CONTENT_DIR}/family.yaml`,
    readYaml(file('family.yaml')),
  );
  const techniques = parseWith(
    z.array(techniqueSchema).min(1),
    `${CONTENT_DIR}/techniques.yaml`,
    readYaml(file('techniques.yaml')),
  );
  const techniqueIds = techniques.map((t) => t.id);
  const twice = techniqueIds.find((id, index) => techniqueIds.indexOf(id) !== index);
  if (twice) throw new Error(`content: the technique id "${twice}" is used twice`);
  return { tracks, hotlines, site, help, family, techniques };
}
