/**
 * The benchmark's synthetic library (bench/generate-library.mjs): its lessons must be lessons
 * our build accepts, shaped like the real ones, different from each other, reproducible from the
 * seed, and free of phone numbers that are not hotlines.
 */
import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate-library.mjs';
import { renderOursLesson, renderStarlightLesson } from '../../bench/render-lessons.mjs';
import { lessonRefs, loadContentData } from '../../src/lib/content-files';
import { checkLesson } from '../../src/lib/validate-lesson';
import { bodyOf } from '../../src/lib/frontmatter';
import { phoneLikeNumbers } from '../../src/lib/phone-numbers';

const data = loadContentData();
const refs = lessonRefs(data);
const knownNumbers = new Set(data.hotlines.map((h) => h.number));
const hotlines = new Map(data.hotlines.map((h) => [h.id, h]));

const COUNT = 30;
const lessons = generateLibrary({ count: COUNT, seed: 7 });
const files = lessons.map((lesson) => ({
  lesson,
  file: `content/lessons/${lesson.track}/${lesson.slug}.mdx`,
  source: renderOursLesson(lesson),
}));

describe('the synthetic lesson library', () => {
  it('passes the site’s lesson schema, lesson by lesson', () => {
    const errors = files.flatMap(({ file, source }) => {
      const check = checkLesson(file, source, refs);
      return check.ok ? [] : check.errors;
    });
    expect(errors).toEqual([]);
  });

  it('gives every lesson at least 8 aliases and 3 quiz questions', () => {
    for (const { lesson } of files) {
      expect(lesson.aliases.length, lesson.slug).toBeGreaterThanOrEqual(8);
      expect(lesson.quiz.length, lesson.slug).toBeGreaterThanOrEqual(3);
    }
  });

  it('spreads lessons over the three tracks with a unique order in each', () => {
    for (const track of refs.trackIds) {
      const orders = lessons.filter((l) => l.track === track).map((l) => l.order);
      expect(orders.length, track).toBe(COUNT / 3);
      expect(new Set(orders).size, track).toBe(orders.length);
    }
  });

  it('has unique titles and unique kebab-case slugs', () => {
    const big = generateLibrary({ count: 1000 });
    expect(new Set(big.map((l) => l.title)).size).toBe(big.length);
    expect(new Set(big.map((l) => l.slug)).size).toBe(big.length);
    for (const { slug } of big) {
      expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(slug.length).toBeLessThanOrEqual(40);
    }
  });

  it.each(files)('$file: has the body of a real lesson', ({ source }) => {
    const body = bodyOf(source);
    for (const name of ['CaseStory', 'Warning', 'Steps', 'Notes']) {
      expect(body).toContain(`import ${name} from '../../../src/components/${name}.astro';`);
    }
    const sections = body.split(/^## /m).slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(3);
    expect(sections.length).toBeLessThanOrEqual(4);
    expect(sections[0]).toMatch(/<CaseStory title="[^"]+">/);
    expect(body).toMatch(/<Warning>[\s\S]+?<\/Warning>/);
    expect(body).toMatch(/<Steps>\n\n1\. [\s\S]+?<\/Steps>/);
    for (const section of sections) expect(section).toMatch(/<Notes>[\s\S]+?<\/Notes>/);
  });

  it('is the same for the same seed, different for another, and grows by adding lessons', () => {
    expect(generateLibrary({ count: COUNT, seed: 7 })).toEqual(lessons);
    const other = generateLibrary({ count: COUNT, seed: 8 });
    expect(other.map(renderOursLesson)).not.toEqual(files.map((f) => f.source));
    expect(generateLibrary({ count: 10, seed: 7 })).toEqual(lessons.slice(0, 10));
  });

  it('varies its wording from lesson to lesson', () => {
    const openings = lessons.map((l) => l.sections[0]?.kind === 'story' && l.sections[0].paragraphs[0]);
    expect(new Set(openings).size).toBeGreaterThanOrEqual(COUNT * 0.9);
    expect(new Set(lessons.map((l) => l.summary)).size).toBeGreaterThanOrEqual(COUNT * 0.9);
  });

  it('writes no phone number that is not a hotline, for either site', () => {
    const unknown = lessons.flatMap((lesson) =>
      [renderOursLesson(lesson), renderStarlightLesson(lesson, hotlines)].flatMap((source) =>
        phoneLikeNumbers(source.replace(/https:\/\/\S+/g, '')).filter((n) => !knownNumbers.has(n)),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('gives Starlight the same words our lesson page shows', () => {
    for (const lesson of lessons) {
      const starlight = renderStarlightLesson(lesson, hotlines);
      const words = [
        lesson.summary,
        lesson.remember,
        ...lesson.redFlags,
        ...lesson.actions,
        ...lesson.aliases,
        ...lesson.quiz.map((q) => q.question),
        ...lesson.sources.map((s) => s.url),
      ];
      expect(
        words.filter((text) => !starlight.includes(text)),
        lesson.slug,
      ).toEqual([]);
    }
  });
});

describe('a generated project', () => {
  it('copies every content file the site reads, so its build starts (the lessons are generated)', async () => {
    const { CONTENT_FILES } = await import('../../bench/write-projects.mjs');
    const { cpSync, mkdtempSync, mkdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const root = mkdtempSync(join(tmpdir(), 'bench-content-'));
    try {
      mkdirSync(join(root, 'content'));
      for (const file of CONTENT_FILES) cpSync(join('content', file), join(root, 'content', file));
      expect(loadContentData(root).techniques.length).toBeGreaterThan(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
