/**
 * The content lint (src/lib/content-lint/) over the whole library, and each rule against an
 * invalid fixture it must refuse (tests/fixtures/lint/): Chinese punctuation, a number that only
 * sends texts told to be called, the reader's bank said in words, presenter notes read at a
 * glance, and a fair quiz — each question alone and the library's balance of lengths and positions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lessonFilePaths } from '../../src/lib/content-from-disk';
import { lessonRefs, loadContentData } from '../../src/lib/content-files';
import type { LessonData } from '../../src/lib/schema/lesson';
import { checkLesson } from '../../src/lib/validate-lesson';
import { bodyOf } from '../../src/lib/frontmatter';
import {
  lintLesson,
  lintText,
  lintedQuestions,
  type LintContext,
} from '../../src/lib/content-lint/lesson-lint';
import { quizBalance, rightIsLongest } from '../../src/lib/content-lint/quiz-balance';

const content = loadContentData();
const context: LintContext = {
  site: content.site,
  textOnlyNumbers: content.hotlines.filter((h) => h.kind === 'sms').map((h) => h.number),
};
const refs = lessonRefs(content);

/** A fixture lesson, checked by the schema like any lesson, then linted. */
function lintFixture(name: string): string[] {
  const file = `tests/fixtures/lint/${name}`;
  const source = readFileSync(file, 'utf8');
  const check = checkLesson(file, source, refs);
  if (!check.ok) throw new Error(check.errors.join('\n'));
  return lintLesson(file, source, { data: check.data, body: bodyOf(source) }, context);
}

describe('the lint passes a clean lesson', () => {
  it('finds nothing in tests/fixtures/lint/clean.mdx', () => {
    expect(lintFixture('clean.mdx')).toEqual([]);
  });
});

describe('each rule refuses its invalid fixture, naming file and line or field', () => {
  it.each([
    ['ascii-punctuation.mdx', /ascii-punctuation\.mdx:71: ASCII :/],
    ['calls-text-only-number.mdx', /calls-text-only-number\.mdx:71: .*12381, which only sends warning texts/],
    ['points-below.mdx', /points-below\.mdx:13: “本课下方”/],
    ['names-site-bank.mdx', /names-site-bank\.mdx:13: “(工商银行|95588)”: names the site’s own bank/],
    [
      'long-note-sentence.mdx',
      /long-note-sentence\.mdx: body line \d+: <Notes>: a sentence of \d+ characters/,
    ],
    ['two-options.mdx', /two-options\.mdx: quiz\[1\]: 2 options; offer at least 3/],
  ])('%s', (name, expected) => {
    const problems = lintFixture(name);
    expect(
      problems.some((problem) => expected.test(problem)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('quiz-giveaway.mdx: the longest option and one position always right are refused library-wide', () => {
    const file = 'tests/fixtures/lint/quiz-giveaway.mdx';
    const check = checkLesson(file, readFileSync(file, 'utf8'), refs);
    if (!check.ok) throw new Error(check.errors.join('\n'));
    const balance = quizBalance(lintedQuestions(file, check.data));
    expect(balance.longestRight).toBe(3);
    expect(balance.positions).toEqual([0, 0, 3, 0]);
    expect(balance.problems).toEqual([
      expect.stringMatching(/strictly the longest option in 3 of 3 questions \(100 %\); at most 40 %/),
      expect.stringMatching(/option 3 in 3 of 3 questions \(100 %\); at most 45 %/),
    ]);
  });

  it('a right answer as long as another option is not strictly the longest', () => {
    expect(rightIsLongest({ options: ['挂断电话', '回拨问问', '先转一半'], answer: 0 })).toBe(false);
    expect(rightIsLongest({ options: ['挂断电话再核实', '回拨问问', '转账'], answer: 0 })).toBe(true);
  });
});

/** Each lesson read and checked on its own, so one broken lesson names itself and no other. */
const lessons = lessonFilePaths().map((filePath) => {
  const source = readFileSync(filePath, 'utf8');
  const check = checkLesson(filePath, source, refs);
  return { filePath, source, body: bodyOf(source), check };
});
const validLessons = lessons.flatMap(({ filePath, body, check }) =>
  check.ok ? [{ filePath, body, data: check.data as LessonData }] : [],
);

describe('the library', () => {
  it.each(lessons.map((lesson) => [lesson.filePath, lesson] as const))(
    '%s passes the content lint',
    (_, { filePath, source, body, check }) => {
      if (!check.ok) throw new Error(check.errors.join('\n'));
      expect(lintLesson(filePath, source, { data: check.data, body }, context)).toEqual([]);
    },
  );

  it.each(['content/help.yaml', 'content/family.yaml', 'content/hotlines.yaml', 'content/tracks.yaml'])(
    '%s passes the content lint',
    (file) => {
      expect(lintText(file, readFileSync(file, 'utf8'), context)).toEqual([]);
    },
  );

  it('lists every lesson under one of its track’s groups (tracks.yaml), so no track page ends in a loose list', () => {
    const grouped = new Set(content.tracks.filter((t) => t.groups?.length).map((t) => t.id));
    expect(
      validLessons
        .filter((l) => grouped.has(l.data.track) && !l.data.group)
        .map((l) => `${l.filePath}: group`),
    ).toEqual([]);
  });

  it('has a fair quiz: the longest option and no one position give the answer away', () => {
    expect(validLessons).toHaveLength(lessons.length);
    const balance = quizBalance(validLessons.flatMap((l) => lintedQuestions(l.filePath, l.data)));
    console.info(
      `quiz: ${balance.questions} questions; the right answer strictly the longest in ${balance.longestRight}; at positions 1–4: ${balance.positions.join(' / ')}`,
    );
    expect(balance.problems).toEqual([]);
  });
});

describe('another bank behind the site (tests/fixtures/site-other-bank.yaml)', () => {
  const other = parse(readFileSync('tests/fixtures/site-other-bank.yaml', 'utf8')) as LintContext['site'];
  const otherContext: LintContext = { ...context, site: other };

  it('is a different bank from the default', () => {
    expect(other.shortName).not.toBe(content.site.shortName);
    expect(other.customerService).not.toBe(content.site.customerService);
  });

  it.each(lessons.map((lesson) => [lesson.filePath, lesson] as const))(
    '%s: no text assumes the reader banks with the site’s bank',
    (_, { filePath, source }) => {
      expect(lintText(filePath, source, otherContext).filter((p) => p.includes('names the site'))).toEqual(
        [],
      );
    },
  );
});

it('has lint fixtures for every rule', () => {
  expect(readdirSync(join('tests', 'fixtures', 'lint')).sort()).toEqual([
    'ascii-punctuation.mdx',
    'calls-text-only-number.mdx',
    'clean.mdx',
    'long-note-sentence.mdx',
    'names-site-bank.mdx',
    'points-below.mdx',
    'quiz-giveaway.mdx',
    'two-options.mdx',
  ]);
});
