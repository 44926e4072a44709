/**
 * The whole content set read straight from content/ without Astro, checked by the same
 * schemas: for unit tests and scripts. Throws on the first invalid lesson, naming file and field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CONTENT_DIR, loadContentData } from './content-files';
import { checkLesson, readFrontmatter } from './validate-lesson';
import { checkLessonBody } from './lesson-body';
import type { ContentSource } from './content-queries';
import type { LessonData } from './schema/lesson';

export interface DiskLesson {
  id: string;
  filePath: string;
  body: string;
  data: LessonData;
}

export const LESSONS_DIR = `${CONTENT_DIR}/lessons`;

export function lessonFilePaths(root = process.cwd()): string[] {
  return readdirSync(join(root, LESSONS_DIR), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.mdx'))
    .sort()
    .map((path) => join(LESSONS_DIR, path));
}

/**
 * Each lesson's aliases by slug, read from the frontmatter alone (no schema check: the build has
 * checked every lesson by the time the search index is made), for the search index.
 */
export function lessonAliasesFromDisk(root = process.cwd()): Map<string, string[]> {
  return new Map(
    lessonFilePaths(root).map((filePath) => {
      const frontmatter = readFrontmatter(filePath, readFileSync(join(root, filePath), 'utf8'));
      const aliases = (frontmatter as { aliases?: unknown }).aliases;
      if (!Array.isArray(aliases)) throw new Error(`${filePath}: aliases: expected a list of phrases`);
      return [basename(filePath, '.mdx'), aliases.map(String)];
    }),
  );
}

/** Throws, listing every problem as "<file>: line <n>: …", when a lesson's MDX body is wrong. */
export function assertLessonBodies(root = process.cwd()): void {
  const errors = lessonFilePaths(root).flatMap((filePath) =>
    checkLessonBody(filePath, readFileSync(join(root, filePath), 'utf8')),
  );
  if (errors.length > 0) throw new Error(`Invalid lesson\n${errors.join('\n')}`);
}

export function loadContentFromDisk(root = process.cwd()): ContentSource<DiskLesson> {
  const data = loadContentData(root);
  const refs = { trackIds: data.tracks.map((t) => t.id), hotlineIds: data.hotlines.map((h) => h.id) };
  const lessons = lessonFilePaths(root).map((filePath) => {
    const source = readFileSync(join(root, filePath), 'utf8');
    const check = checkLesson(filePath, source, refs);
    if (!check.ok) throw new Error(`Invalid lesson\n${check.errors.join('\n')}`);
    return {
      id: basename(filePath, '.mdx'),
      filePath,
      body: source.replace(/^---[\s\S]*?\n---\r?\n/, ''),
      data: check.data,
    };
  });
  return { ...data, lessons };
}
