/**
 * Chinese punctuation (GB/T 15834) in what readers see: every lesson, the YAML content and the UI
 * strings use full-width marks and curly quotes in Chinese text. The built HTML is checked too
 * (tests/lint/content-lint.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiPunctuation } from '../../src/lib/text/punctuation';

describe('ASCII punctuation beside Chinese text', () => {
  it('is found with its line, in frontmatter and body, quotes and brackets included', () => {
    const text = readFileSync('tests/fixtures/punctuation/ascii-marks.mdx', 'utf8');
    expect(asciiPunctuation(text).map((p) => `${p.line} ${p.mark}`)).toEqual([
      '3 ,',
      '8 :',
      '8 "',
      '8 !',
      // The closing quote sits between ! and (: found once they are full-width.
      '8 (',
      '8 )',
    ]);
  });

  it('leaves addresses, numbers, YAML keys, list numbers and attributes alone', () => {
    expect(
      asciiPunctuation(
        [
          '官网 https://www.example.gov.cn/a,b?c=1 可以查',
          '拨打 96110，1,000 元',
          'title: 冒充公检法',
          '1. 挂断电话',
          '<CaseStory title="王阿姨的电话">',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

const SOURCES = [
  ...readdirSync('content', { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:mdx|yaml)$/.test(file))
    .map((file) => join('content', file)),
  ...readdirSync('src/lib/ui-strings').map((file) => join('src/lib/ui-strings', file)),
];

describe('the content and the UI strings', () => {
  it('have files to check', () => expect(SOURCES.length).toBeGreaterThan(30));

  it.each(SOURCES)('%s: Chinese punctuation in Chinese text', (file) => {
    const problems = asciiPunctuation(readFileSync(file, 'utf8')).map(
      ({ line, mark, context }) => `${file}:${line}: ASCII ${mark} in “${context}”`,
    );
    expect(problems).toEqual([]);
  });
});
