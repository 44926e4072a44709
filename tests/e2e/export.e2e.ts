/**
 * `npm run handouts`: the PDF export, run for two lessons with a branch's details into a folder of
 * its own (so the shared dist/ stays as the other tests expect). Each PDF is one page at its
 * paper's size, carries the lesson and the branch as text (read back with poppler's pdftotext)
 * and a QR code of the lesson's real address (the page turned into a picture with pdftoppm and
 * read with jsQR). The export refuses what would make unusable paper, by name.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test } from '@playwright/test';

const catalogue = JSON.parse(readFileSync('dist/lessons.json', 'utf8')) as {
  site: string;
  lessons: { slug: string; title: string; remember: string; url: string }[];
};

const flat = (text: string) => text.replace(/\s+/g, '');
const BRANCH = {
  name: '中国工商银行股份有限公司徐州泉山支行',
  address: '江苏省徐州市泉山区解放南路二百八十八号',
  phone: '0516-83331234转8001',
};

function exportHandouts(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['scripts/export-handouts.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: catalogue.site, ...env },
  });
}

/** The QR code on a PDF's page, read from a picture of it. */
function qrOnPage(pdf: string): string | undefined {
  const picture = pdf.replace(/\.pdf$/, '');
  const made = spawnSync('pdftoppm', ['-r', '100', '-png', '-singlefile', pdf, picture], {
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`pdftoppm failed: ${made.stderr}`);
  const png = PNG.sync.read(readFileSync(`${picture}.png`));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

test('exports two lessons with the branch’s details: one page each, the branch in the text, a QR code of the real address', async () => {
  test.setTimeout(240_000);
  const out = mkdtempSync(join(tmpdir(), 'purse-guard-export-'));
  try {
    const lessons = catalogue.lessons.slice(0, 2);
    const run = exportHandouts([
      '--lessons',
      lessons.map((l) => l.slug).join(','),
      '--out',
      out,
      '--branch-name',
      BRANCH.name,
      '--branch-address',
      BRANCH.address,
      '--branch-phone',
      BRANCH.phone,
      // This test's build is for this computer; a branch's export is for the real address.
      '--allow-local',
    ]);
    expect(run.status, run.stderr).toBe(0);
    // It says what it does as it goes: never a silent rebuild, a line per PDF.
    expect(run.stdout).toMatch(/dist\/ is up to date; not rebuilding|Building the site \(/);
    expect(run.stdout).toContain(`1/4 ${lessons[0]!.title} (A4)`);
    expect(run.stdout).toContain(`4/4 ${lessons[1]!.title} (A3)`);
    expect(run.stdout).toContain('exported 4 PDFs');
    expect(
      readdirSync(out)
        .filter((name) => name.endsWith('.pdf'))
        .sort(),
    ).toEqual(lessons.flatMap((l) => [`${l.slug}-poster.pdf`, `${l.slug}.pdf`]).sort());
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
        for (const part of [lesson.title, lesson.remember, BRANCH.name, BRANCH.address, BRANCH.phone]) {
          expect(text, `${file}: ${part}`).toContain(flat(part));
        }
        expect(qrOnPage(pdf), file).toBe(`${catalogue.site}${lesson.url}`);
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('refuses, by name and before any work, what would make paper a branch cannot use', () => {
  const out = mkdtempSync(join(tmpdir(), 'purse-guard-export-'));
  try {
    // QR codes to this computer's address, which no phone can open.
    const local = exportHandouts(['--lessons', catalogue.lessons[0]!.slug, '--out', out]);
    expect(local.status).toBe(2);
    expect(local.stderr).toContain('cannot open it');
    expect(local.stderr).toContain('--allow-local');
    // A lesson that does not exist.
    const unknown = exportHandouts(['--lessons', 'no-such', '--out', out, '--allow-local']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no-such');
    // Branch details that do not fit a page, from a file.
    const file = join(out, 'branch.yaml');
    writeFileSync(file, `name: ${'很长的网点名称'.repeat(10)}\nphone: call me\n`);
    const long = exportHandouts(['--branch-file', file, '--out', out, '--allow-local']);
    expect(long.status).toBe(2);
    expect(long.stderr).toContain('--branch-name is too long');
    expect(long.stderr).toContain('--branch-phone is not a phone number');
    expect(readdirSync(out).filter((name) => name.endsWith('.pdf'))).toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
