/**
 * axe-core as the browser tests run it: WCAG 2.0, 2.1 and 2.2 A and AA plus the enhanced 7:1
 * contrast rule, the minified build, run in the page itself (the site has no frames).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The minified build: half the bytes for the browser to compile on every load it is injected into. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The page's violations, one line each: "rule: target | target | target". */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
    .withTags(TAGS)
    .options({ rules: { 'color-contrast-enhanced': { enabled: true } } })
    // The site has no frames: axe runs in the page itself, not through a blank page of its own.
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
