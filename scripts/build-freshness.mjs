/**
 * Is dist/ older than its sources (or built for another SITE_URL)? Used by `npm start` and the
 * browser tests so they build only when something changed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_SITE } from './site-address.mjs';

const SOURCES = ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const STAMP = 'dist/.build-info.json';
const OUTPUTS = ['dist/index.html', 'dist/pagefind/pagefind.js', STAMP];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** The address dist/ was built for, if it was built. */
export function builtSiteUrl(root = process.cwd()) {
  try {
    return JSON.parse(readFileSync(join(root, STAMP), 'utf8')).site || undefined;
  } catch {
    return undefined;
  }
}

/** The address a local build is for: SITE_URL, else this computer. */
export function siteUrl() {
  return process.env.SITE_URL || LOCAL_SITE;
}

/** Why a build is needed, or undefined when dist/ is up to date. */
export function staleReason(root = process.cwd()) {
  const missing = OUTPUTS.find((file) => !existsSync(join(root, file)));
  if (missing) return `${missing} is missing`;
  const info = JSON.parse(readFileSync(join(root, STAMP), 'utf8'));
  if (!info.site || new URL(info.site).href !== new URL(siteUrl()).href)
    return `built for ${info.site}, SITE_URL is ${siteUrl()}`;
  const built = statSync(join(root, STAMP)).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(join(root, source)) > built);
  return changed ? `${changed} changed since the last build` : undefined;
}
