/**
 * The whole content set read straight from content/ without Astro, checked by the same
 * schemas: for unit tests and scripts. Throws on the first invalid lesson, naming file and field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CONTENT_DIR, loadContentData } from './content-files';
import { checkLesson } from './validate-lesson';
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
