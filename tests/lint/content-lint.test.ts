/**
 * npm run lint:content: the built site and the content, checked for rot. Runs after a build.
 * - every internal link and #anchor in dist/ resolves;
 * - every hotline is used somewhere, and a source URL is never cited under two titles;
 * - no lesson was last reviewed more than 24 months ago; those past 12 months are listed as due;
 * - a number that only sends texts (12381) is never a link to call nor in a list of numbers to call;
 * - a lesson page shows the site's own number only as an example of "your bank", unless the
 *   lesson's steps are about the site's bank itself.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, type BuiltPage } from '../../src/lib/link-check';
import { loadContentFromDisk } from '../../src/lib/content-from-disk';
import { REVIEW_DUE_MONTHS, REVIEW_LIMIT_MONTHS, reviewedBefore } from '../../src/lib/content-review';
import { asciiPunctuation } from '../../src/lib/text/punctuation';

/** What a reader sees of a page: its text, one line per element, without scripts, styles or tags. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const DIST = 'dist';
const content = loadContentFromDisk();

function builtPages(): BuiltPage[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = `/${relative(DIST, join(DIST, file)).replaceAll('\\', '/')}`;
      return {
        path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel,
        html: readFileSync(join(DIST, file), 'utf8'),
      };
    });
}

describe('the built site', () => {
  it('has a build to check', () => {
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
  });

  it('has no broken internal link or #anchor', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    expect(brokenLinks(pages, (path) => existsSync(join(DIST, path)))).toEqual([]);
  });
});

describe('the content', () => {
  it('uses every hotline somewhere (a number nobody is told about should not be kept)', () => {
    const used = new Set([
      ...content.lessons.flatMap((l) => l.data.hotlines),
      ...content.help.steps.flatMap((s) => s.hotlines),
      '96110',
      '110', // always in every page's header
    ]);
    expect(content.hotlines.map((h) => h.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('never cites the same URL under two different titles', () => {
    const titles = new Map<string, Set<string>>();
    for (const { data } of content.lessons) {
      for (const source of data.sources)
        titles.set(source.url, (titles.get(source.url) ?? new Set()).add(source.title));
    }
    const conflicts = [...titles]
      .filter(([, set]) => set.size > 1)
      .map(([url, set]) => `${url}: ${[...set].join(' / ')}`);
    expect(conflicts).toEqual([]);
  });

  it(`ships no lesson reviewed more than ${REVIEW_LIMIT_MONTHS} months ago, and lists those due`, () => {
    const today = new Date();
    const due = reviewedBefore(content.lessons, today, REVIEW_DUE_MONTHS);
    if (due.length) console.warn(`Due for a new check against their sources:\n  ${due.join('\n  ')}`);
    expect(reviewedBefore(content.lessons, today, REVIEW_LIMIT_MONTHS)).toEqual([]);
  });
});

describe('the built pages’ Chinese text', () => {
  it('uses Chinese punctuation: no ASCII , : ? ! ; ( ) or straight quote beside a Chinese character', () => {
    const problems = builtPages().flatMap(({ path, html }) =>
      asciiPunctuation(visibleText(html)).map(
        ({ mark, context }) => `${path}: ASCII ${mark} in “${context}”`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

/** The lists of numbers to call, on screen, on paper and on slides. */
const CALL_LISTS =
  /<(ul)\b[^>]*class="[^"]*\b(?:hotlines__list|sheet__numbers|slide__hotlines|takeaway__hotlines|card__numbers)\b[^"]*"[^>]*>[\s\S]*?<\/\1>/g;

describe('numbers that only send warning texts', () => {
  const textOnly = content.hotlines.filter((h) => h.kind === 'sms').map((h) => h.number);

  it('are known', () => expect(textOnly).toContain('12381'));

  it('are never a tel: link nor in a list of numbers to call, on any page', () => {
    const problems = builtPages().flatMap(({ path, html }) => [
      ...textOnly.filter((number) => html.includes(`tel:${number}`)).map((n) => `${path}: tel:${n}`),
      ...[...html.matchAll(CALL_LISTS)].flatMap(([list]) =>
        textOnly
          .filter((number) => visibleText(list).includes(number))
          .map((n) => `${path}: ${n} in a list to call`),
      ),
    ]);
    expect(problems).toEqual([]);
  });
});

describe('the reader’s own bank on lesson pages', () => {
  const { shortName, customerService } = content.site;

  it('shows the site’s number only as an example (例如…：number), unless the steps are about the site’s bank', () => {
    const problems = content.lessons
      .filter((lesson) => lesson.data.bank !== 'organisation')
      .flatMap((lesson) => {
        const html = readFileSync(join(DIST, 'lessons', lesson.id, 'index.html'), 'utf8');
        // The footer names the organisation that runs the site, with its number: that is who it is.
        const page = html.replace(/<footer\b[\s\S]*?<\/footer>/g, '');
        const text = visibleText(page).replace(/\s+/g, '');
        return [...text.matchAll(new RegExp(customerService, 'g'))]
          .filter(
            (match) =>
              !/例如[^。；]{0,12}：$/.test(text.slice(Math.max(0, (match.index ?? 0) - 14), match.index)),
          )
          .map(
            (match) =>
              `/lessons/${lesson.id}/: “${text.slice(Math.max(0, (match.index ?? 0) - 14), (match.index ?? 0) + 6)}”`,
          );
      });
    expect(problems, `${shortName} ${customerService} said as the reader’s own bank`).toEqual([]);
  });
});
