/**
 * The whole content set read straight from content/ and checked by the one lesson check
 * (validate-lesson.ts): for the build's content loader, the unit tests and the scripts alike.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CONTENT_DIR, lessonRefs, loadContentData, type ContentData } from './content-files';
import { checkLesson, readFrontmatter } from './validate-lesson';
import { bodyOf } from './frontmatter';
import { routes } from './routes';
import type { ContentSource } from './content-queries';
import type { LessonData } from './schema/lesson';

export interface DiskLesson {
  id: string;
  filePath: string;
  body: string;
  data: LessonData;
}

export const LESSONS_DIR = `${CONTENT_DIR}/lessons`;

/** Every lesson file, relative to the project root, in a stable order. */
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

/** The pages search finds, by site path, with the everyday words each is found by: every lesson and the help guide. */
export function searchedPages(root = process.cwd()): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const [slug, aliases] of lessonAliasesFromDisk(root)) pages.set(routes.lesson(slug), aliases);
  pages.set(routes.help, loadContentData(root).help.aliases);
  return pages;
}

/**
 * Checks every lesson (frontmatter and body) and returns them, or throws one error listing every
 * problem of every broken lesson, a line each: "<file>: <field>: …" or "<file>: line <n>: …".
 */
export function checkedLessons(
  root = process.cwd(),
  data: ContentData = loadContentData(root),
): DiskLesson[] {
  const refs = lessonRefs(data);
  const errors: string[] = [];
  const lessons: DiskLesson[] = [];
  for (const filePath of lessonFilePaths(root)) {
    const source = readFileSync(join(root, filePath), 'utf8');
    const check = checkLesson(filePath, source, refs);
    if (check.ok)
      lessons.push({ id: basename(filePath, '.mdx'), filePath, body: bodyOf(source), data: check.data });
    else errors.push(...check.errors);
  }
  if (errors.length > 0) throw new Error(`Invalid lesson\n${errors.join('\n')}`);
  return lessons;
}

export function loadContentFromDisk(root = process.cwd()): ContentSource<DiskLesson> {
  const data = loadContentData(root);
  return { ...data, lessons: checkedLessons(root, data) };
}
