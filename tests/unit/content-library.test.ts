/**
 * The whole lesson library, checked without a build: every lesson has its parts, references
 * what exists, and shows no phone number that is not in content/hotlines.yaml.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonRefs, loadContentData } from '../../src/lib/content-files';
import { LESSONS_DIR, lessonAliasesFromDisk, lessonFilePaths } from '../../src/lib/content-from-disk';
import { checkLesson } from '../../src/lib/validate-lesson';
import { bodyOf } from '../../src/lib/frontmatter';
import { phoneLikeNumbers } from '../../src/lib/phone-numbers';
import type { LessonData } from '../../src/lib/schema/lesson';

const data = loadContentData();
const refs = lessonRefs(data);
const knownNumbers = new Set(data.hotlines.map((h) => h.number));

interface LessonFile {
  file: string;
  folder: string;
  slug: string;
  source: string;
  body: string;
}

function lessonFiles(): LessonFile[] {
  return lessonFilePaths().map((file) => {
    const source = readFileSync(file, 'utf8');
    return {
      file,
      folder: relative(LESSONS_DIR, file).split('/')[0] ?? '',
      slug: basename(file, '.mdx'),
      source,
      body: bodyOf(source),
    };
  });
}

const files = lessonFiles();
const parsed = files.map((f) => ({ ...f, check: checkLesson(f.file, f.source, refs) }));
const valid = parsed.flatMap((f) => (f.check.ok ? [{ ...f, data: f.check.data }] : []));

describe('the lesson library', () => {
  it('has at least one lesson in every track', () => {
    for (const track of data.tracks) {
      expect(files.filter((f) => f.folder === track.id).length, track.id).toBeGreaterThan(0);
    }
  });

  it('passes the schema, lesson by lesson', () => {
    const errors = parsed.flatMap((f) => (f.check.ok ? [] : f.check.errors));
    expect(errors).toEqual([]);
  });

  it.each(files)(
    '$file: the slug is short kebab-case ASCII and the folder is its track',
    ({ file, slug, folder }) => {
      expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(slug.length).toBeLessThanOrEqual(40);
      const lesson = valid.find((v) => v.file === file);
      if (lesson) expect(lesson.data.track, `${file}: track`).toBe(folder);
    },
  );

  it('has no two lessons with the same slug, title or order in a track', () => {
    const dupes = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
    expect(dupes(files.map((f) => f.slug))).toEqual([]);
    expect(dupes(valid.map((v) => v.data.title))).toEqual([]);
    expect(dupes(valid.map((v) => `${v.data.track}#${v.data.order}`))).toEqual([]);
  });

  it.each(files)(
    '$file: opens with a story and has slide-sized sections with presenter notes',
    ({ body }) => {
      expect(body).toMatch(/<CaseStory[\s>]/);
      const sections = body.split(/^## /m).slice(1);
      expect(sections.length).toBeGreaterThanOrEqual(3);
      for (const section of sections) {
        const heading = section.split('\n')[0];
        // A section of steps is no slide of its own (the steps slide shows them, with the
        // frontmatter's presenter.actions as notes).
        if (/<Steps>/.test(section)) continue;
        expect(section, `section "${heading}" needs <Notes>`).toMatch(/<Notes>[\s\S]+?<\/Notes>/);
      }
    },
  );

  it.each(files)('$file: shows only phone numbers from content/hotlines.yaml', ({ source }) => {
    const text = source.replace(/https:\/\/\S+/g, '');
    const unknown = phoneLikeNumbers(text).filter((n) => !knownNumbers.has(n));
    expect(unknown).toEqual([]);
  });

  it.each(files)(
    '$file: names no bank and no bank number in the body (they come from site.yaml)',
    ({ body }) => {
      expect(body).not.toContain(data.site.customerService);
      expect(body).not.toContain(data.site.shortName);
    },
  );

  it('links the common questions in help.yaml to lessons that exist', () => {
    const slugs = new Set(files.map((f) => f.slug));
    const missing = data.help.commonQuestions.filter((q) => !slugs.has(q.lesson)).map((q) => q.lesson);
    expect(missing).toEqual([]);
  });

  it('links the family pact (family.yaml) from lessons that exist, and points its guide to them', () => {
    const slugs = new Set(files.map((f) => f.slug));
    const named = [
      ...data.family.lessons,
      ...data.family.guide.flatMap((section) =>
        section.more && !section.more.startsWith('/') ? [section.more] : [],
      ),
    ];
    expect(named.filter((slug) => !slugs.has(slug))).toEqual([]);
    // The three the issue names: family impersonation, cloned voices, screen sharing.
    expect(data.family.lessons).toEqual(
      expect.arrayContaining(['impersonating-relatives', 'ai-face-voice', 'screen-sharing']),
    );
  });

  it('cites an https source read on or before the reviewed date for every lesson', () => {
    const late = valid.flatMap((v: { file: string; data: LessonData }) =>
      v.data.sources
        .filter((s) => s.accessed.getTime() > v.data.reviewed.getTime())
        .map((s) => `${v.file}: ${s.url} accessed after reviewed`),
    );
    expect(late).toEqual([]);
  });
});

describe('the aliases the search index reads', () => {
  it("are every lesson's aliases, by slug, as the schema reads them", () => {
    const aliases = lessonAliasesFromDisk();
    expect(aliases.size).toBe(valid.length);
    for (const lesson of valid) expect(aliases.get(lesson.slug)).toEqual(lesson.data.aliases);
  });
});
