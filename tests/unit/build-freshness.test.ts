/** scripts/build-freshness.mjs decides whether `npm start` and the tests rebuild dist/ first. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { staleReason } from '../../scripts/build-freshness.mjs';

let root: string;
const write = (path: string, text = 'x', ageSeconds = 0) => {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  const when = Date.now() / 1000 - ageSeconds;
  utimesSync(file, when, when);
};

const age = (path: string, seconds: number) => {
  const when = Date.now() / 1000 - seconds;
  utimesSync(join(root, path), when, when);
};

/**
 * A project whose sources are an hour old and whose build for `site` is a minute old. (Folders
 * count too: one gets newer when a lesson is added or removed.)
 */
function builtProject(site = 'http://localhost:4321') {
  write('content/lessons/a.mdx', 'lesson', 3600);
  write('src/pages/index.astro', 'page', 3600);
  for (const folder of ['content/lessons', 'content', 'src/pages', 'src']) age(folder, 3600);
  write('dist/index.html', 'html', 60);
  write('dist/pagefind/pagefind.js', 'js', 60);
  write('dist/.build-info.json', JSON.stringify({ site }), 60);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'purse-guard-freshness-'));
  vi.stubEnv('SITE_URL', '');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe('staleReason', () => {
  it('is undefined for a complete build newer than every source', () => {
    builtProject();
    expect(staleReason(root)).toBeUndefined();
  });

  it('asks for a build when an output or the build stamp is missing', () => {
    builtProject();
    rmSync(join(root, 'dist/.build-info.json'));
    expect(staleReason(root)).toBe('dist/.build-info.json is missing');
    rmSync(join(root, 'dist/index.html'));
    expect(staleReason(root)).toBe('dist/index.html is missing');
  });

  it('asks for a build when a source changed after it, or a lesson was added', () => {
    builtProject();
    write('content/lessons/a.mdx', 'changed');
    expect(staleReason(root)).toBe('content changed since the last build');
    builtProject();
    write('src/pages/new.astro', 'new page', 3600);
    expect(staleReason(root)).toBe('src changed since the last build');
  });

  it('asks for a build when it was made for another site address', () => {
    builtProject('https://old.example.org');
    expect(staleReason(root)).toBe('built for https://old.example.org, SITE_URL is http://localhost:4321');
    vi.stubEnv('SITE_URL', 'https://old.example.org');
    expect(staleReason(root)).toBeUndefined();
  });
});
