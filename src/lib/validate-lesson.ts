/**
 * Checks one lesson file: its frontmatter against the lesson schema, then its MDX body's
 * components (lesson-body.ts). The build (src/content.config.ts), the tests and the scripts all
 * check lessons here, with this one YAML parser, so none of them accepts what another refuses.
 * Every problem comes back as "<file>: <field>: <what is wrong>", or "<file>: line <n>: …" for
 * the body.
 */
import { parse } from 'yaml';
import { splitFrontmatter } from './frontmatter';
import { createLessonSchema, type LessonData, type LessonRefs } from './schema/lesson';
import { formatIssues } from './schema/format-issues';
import { checkLessonBody } from './lesson-body';

export type LessonCheck = { ok: true; data: LessonData } | { ok: false; errors: string[] };

/** The frontmatter as data. YAML 1.2's core schema: a date stays text until the schema checks it. */
export function readFrontmatter(file: string, source: string): unknown {
  const split = splitFrontmatter(source);
  if (!split) throw new Error(`${file}: (frontmatter): the file must start with a --- block`);
  try {
    return parse(split.yaml) ?? {};
  } catch (error) {
    // The YAML parser says which line; the line count starts after the opening ---.
    const message = (error as Error).message.split('\n')[0] ?? 'cannot be read';
    throw new Error(`${file}: (frontmatter): not valid YAML: ${message}`, { cause: error });
  }
}

export function checkLesson(file: string, source: string, refs: LessonRefs): LessonCheck {
  let frontmatter: unknown;
  try {
    frontmatter = readFrontmatter(file, source);
  } catch (error) {
    return { ok: false, errors: [(error as Error).message] };
  }
  const result = createLessonSchema(refs).safeParse(frontmatter);
  if (!result.success) return { ok: false, errors: formatIssues(file, result.error) };
  const bodyErrors = checkLessonBody(file, source);
  return bodyErrors.length > 0 ? { ok: false, errors: bodyErrors } : { ok: true, data: result.data };
}
