/**
 * `npm run handouts`: exports every lesson's handout (A4) and poster (A3) to PDF with Chromium,
 * into dist/handouts/<slug>.pdf and dist/handouts/<slug>-poster.pdf, for staff who want to send a
 * file or use a print shop. The print centre links them once they exist. Chromium embeds the
 * Noto CJK fonts, so the Chinese text stays selectable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { ensureBuild } from './ensure-build.mjs';
import { launchChromium, serveDist } from './browser.mjs';
import { generateServiceWorker } from '../src/integrations/service-worker.ts';

const PORT = 4349;
const BASE = `http://localhost:${PORT}`;

ensureBuild();
const started = performance.now();
const { lessons } = JSON.parse(readFileSync('dist/lessons.json', 'utf8'));
const server = await serveDist(PORT);
const browser = await launchChromium(chromium);

try {
  const page = await browser.newPage();
  let files = 0;
  for (const lesson of lessons) {
    for (const [url, file] of [
      [lesson.handout, `dist/handouts/${lesson.slug}.pdf`],
      [lesson.poster, `dist/handouts/${lesson.slug}-poster.pdf`],
    ]) {
      await page.goto(`${BASE}${url}`, { waitUntil: 'load' });
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      files += 1;
    }
  }
  // The print centre ships with its PDF links hidden; now that the files exist, show them.
  const printCentre = 'dist/print/index.html';
  writeFileSync(
    printCentre,
    readFileSync(printCentre, 'utf8').replaceAll('data-pdf-links hidden', 'data-pdf-links'),
  );
  // Regenerate the offline cache for the changed print centre (the PDFs are cached when opened).
  const { version } = JSON.parse(readFileSync('dist/.build-info.json', 'utf8'));
  const precache = await generateServiceWorker('dist', version);
  console.log(
    `service worker now precaches ${precache.count} files, ${(precache.size / 1024 / 1024).toFixed(2)} MB`,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `exported ${files} PDFs (${lessons.length} handouts, ${lessons.length} posters) to dist/handouts/ in ${seconds} s`,
  );
} finally {
  await browser.close();
  server.kill();
}
