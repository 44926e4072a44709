/**
 * `npm run handouts`: exports lessons' handouts (A4) and posters (A3) to PDF with Chromium, with
 * the branch's own details, for staff who want to send a file or use a print shop.
 *
 *   SITE_URL=https://fangpian.example.cn npm run handouts -- \
 *     --branch-name 中国工商银行股份有限公司徐州泉山支行 --branch-address … --branch-phone 0516-…
 *   npm run handouts -- --branch-file branch.yaml      (name:, address:, phone:)
 *   npm run handouts -- --lessons a,b --out folder      (some lessons, into a folder of your own)
 *
 * The QR codes carry the site's address: SITE_URL, else the address dist/ was built for. An export
 * for localhost is refused (phones cannot open it) unless --allow-local. When dist/ must be
 * built first (missing, older than the sources, or for another address) it says so and why. Without --out the PDFs go into
 * dist/handouts/, the print centre lists them (dist/handouts/pdfs.json) and the offline layer is
 * regenerated. Chromium embeds the Noto CJK fonts, so the Chinese text stays selectable.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { chromium } from '@playwright/test';
import { ensureBuild } from './ensure-build.mjs';
import { checkSiteAddress } from './site-address.mjs';
import { builtSiteUrl, siteUrl } from './build-freshness.mjs';
import { launchChromium, serveDist } from './browser.mjs';
import { generateServiceWorker } from '../src/integrations/service-worker.ts';
import { checkBranch, serialiseBranch, BRANCH_STORAGE_KEY } from '../src/lib/print/branch-details.ts';

const PORT = 4349;
const BASE = `http://localhost:${PORT}`;
const DEFAULT_OUT = 'dist/handouts';

const { values } = parseArgs({
  options: {
    lessons: { type: 'string' },
    out: { type: 'string', default: DEFAULT_OUT },
    'branch-name': { type: 'string' },
    'branch-address': { type: 'string' },
    'branch-phone': { type: 'string' },
    'branch-file': { type: 'string' },
    'allow-local': { type: 'boolean', default: false },
  },
});
const intoSite = values.out === DEFAULT_OUT;
const fail = (message) => {
  console.error(message);
  process.exit(2);
};

/** The branch details to print, from a YAML file and/or the options (options win). */
function branchDetails() {
  const fromFile = values['branch-file'] ? (parse(readFileSync(values['branch-file'], 'utf8')) ?? {}) : {};
  const input = {
    name: values['branch-name'] ?? fromFile.name,
    address: values['branch-address'] ?? fromFile.address,
    phone: values['branch-phone'] ?? (fromFile.phone === undefined ? undefined : String(fromFile.phone)),
  };
  if (Object.values(input).every((value) => value === undefined)) return undefined;
  const { branch, problems } = checkBranch(input);
  const wrong = Object.entries(problems).map(([field, problem]) =>
    problem === 'tooLong'
      ? `--branch-${field} is too long for one page`
      : `--branch-${field} is not a phone number`,
  );
  if (wrong.length > 0) fail(`Branch details: ${wrong.join('; ')}`);
  return branch;
}

const branch = branchDetails();
// The address the QR codes carry: the one asked for, else the one the site was built for.
process.env.SITE_URL ||= builtSiteUrl() ?? siteUrl();
let site;
try {
  site = new URL(checkSiteAddress(siteUrl(), { allowLocal: values['allow-local'] }));
} catch (error) {
  fail(
    `Not exporting: ${error.message}\n` +
      'Export for the real address: SITE_URL=https://your.site npm run handouts (add --allow-local ' +
      'to export for this computer or a hall’s network anyway).',
  );
}

ensureBuild();
const started = performance.now();
const { lessons: all } = JSON.parse(readFileSync('dist/lessons.json', 'utf8'));
const wanted = values.lessons
  ?.split(',')
  .map((slug) => slug.trim())
  .filter(Boolean);
const unknown = (wanted ?? []).filter((slug) => !all.some((lesson) => lesson.slug === slug));
if (unknown.length > 0) fail(`No such lesson: ${unknown.join(', ')} (see dist/lessons.json)`);
const lessons = wanted ? all.filter((lesson) => wanted.includes(lesson.slug)) : all;
mkdirSync(values.out, { recursive: true });
console.log(
  `Exporting ${lessons.length * 2} PDFs for ${site.origin}` +
    (branch
      ? ` with the branch ${branch.name || branch.address || branch.phone}`
      : ' with the default branch line'),
);
const server = await serveDist(PORT);
const browser = await launchChromium(chromium);

try {
  const context = await browser.newContext();
  if (branch) {
    await context.addInitScript(
      ([key, value]) => localStorage.setItem(key, value),
      [BRANCH_STORAGE_KEY, serialiseBranch(branch)],
    );
  }
  const page = await context.newPage();
  const written = [];
  const jobs = lessons.flatMap((lesson) => [
    [lesson, lesson.handout, `${lesson.slug}.pdf`, 'A4'],
    [lesson, lesson.poster, `${lesson.slug}-poster.pdf`, 'A3'],
  ]);
  for (const [i, [lesson, url, file, paper]] of jobs.entries()) {
    console.log(`${i + 1}/${jobs.length} ${lesson.title} (${paper})`);
    await page.goto(`${BASE}${url}`, { waitUntil: 'load' });
    // The sheet has its branch and is fitted to its page (src/scripts/sheets.ts).
    await page.waitForSelector('.sheet[data-fit="fits"], .sheet[data-fit="overflows"]');
    if (await page.locator('.sheet[data-fit="overflows"]').count())
      fail(`${lesson.title} (${paper}) does not fit one page with these branch details.`);
    await page.pdf({ path: join(values.out, file), preferCSSPageSize: true, printBackground: true });
    written.push(file);
  }
  if (intoSite) {
    // The print centre shows a PDF link only for the files listed here: every PDF in the folder,
    // those of an earlier export of other lessons included.
    const files = readdirSync(values.out)
      .filter((name) => name.endsWith('.pdf'))
      .sort();
    writeFileSync(join(values.out, 'pdfs.json'), `${JSON.stringify({ files }, null, 2)}\n`);
    // Regenerate the offline layer for the new list (the PDFs themselves are kept when opened).
    const { version } = JSON.parse(readFileSync('dist/.build-info.json', 'utf8'));
    await generateServiceWorker('dist', version);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `exported ${written.length} PDFs (${lessons.length} handouts, ${lessons.length} posters) to ${values.out}/ in ${seconds} s`,
  );
} finally {
  await browser.close();
  server.kill();
}
