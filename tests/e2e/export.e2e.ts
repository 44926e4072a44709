/**
 * `npm run handouts`: the PDF export, run for two lessons into a folder of its own (so the shared
 * dist/ stays as the other tests expect): one page each, at the paper's size, carrying the
 * lesson's words and address as text (read back with poppler's pdftotext).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const catalogue = JSON.parse(readFileSync('dist/lessons.json', 'utf8')) as {
  site: string;
  lessons: { slug: string; title: string; remember: string; url: string }[];
};

const flat = (text: string) => text.replace(/\s+/g, '');

test('exports a handout and a poster per lesson, one page each, with the lesson in the text', async () => {
  test.setTimeout(180_000);
  const out = mkdtempSync(join(tmpdir(), 'purse-guard-export-'));
  try {
    const lessons = catalogue.lessons.slice(0, 2);
    const run = spawnSync(
      process.execPath,
      ['scripts/export-handouts.mjs', '--lessons', lessons.map((l) => l.slug).join(','), '--out', out],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('exported 4 PDFs');
    expect(readdirSync(out).sort()).toEqual(
      lessons.flatMap((l) => [`${l.slug}-poster.pdf`, `${l.slug}.pdf`]).sort(),
    );
    for (const lesson of lessons) {
      for (const [file, paper] of [
        [`${lesson.slug}.pdf`, 'A4'],
        [`${lesson.slug}-poster.pdf`, 'A3'],
      ] as const) {
        const pdf = join(out, file);
        const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
        expect(info, file).toMatch(/^Pages:\s+1$/m);
        expect(/^Page size:.*\((\w+)\)$/m.exec(info)?.[1], file).toBe(paper);
        const text = flat(spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout);
        expect(text, file).toContain(flat(lesson.title));
        expect(text, file).toContain(flat(lesson.remember));
        expect(text, file).toContain(`${catalogue.site}${lesson.url}`);
      }
    }
    // An unknown lesson is refused by name, and nothing is written.
    const refused = spawnSync(
      process.execPath,
      ['scripts/export-handouts.mjs', '--lessons', 'no-such', '--out', out],
      {
        encoding: 'utf8',
      },
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('no-such');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
