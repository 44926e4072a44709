/**
 * Every invalid fixture is refused by the real build, not only by the unit tests' call of the
 * same check: one `astro sync` (the step of `astro build` that loads and validates content) runs
 * on a copy of the project with all of them added, and its output must name each file with the
 * field or line that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INVALID_FIXTURES } from '../fixtures/invalid-fixtures';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'purse-guard-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function projectWithBrokenLessons(fixtures: readonly string[]): string {
  for (const linked of [
    'src',
    'node_modules',
    'public',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    symlinkSync(join(root, linked), join(work, linked));
  }
  cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
  for (const fixture of fixtures) {
    cpSync(join(root, 'tests/fixtures/invalid', fixture), join(work, 'content/lessons/telecom', fixture));
  }
  return work;
}

describe('astro sync on a project with every invalid fixture', () => {
  const fixtures = readdirSync('tests/fixtures/invalid').filter((name) => name.endsWith('.mdx'));

  it('knows what each fixture breaks', () => {
    expect(fixtures.sort()).toEqual(Object.keys(INVALID_FIXTURES).sort());
  });

  it('stops, naming every broken file with its field or line', () => {
    const dir = projectWithBrokenLessons(fixtures);
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    const missing = fixtures.filter(
      (fixture) => !output.includes(`content/lessons/telecom/${fixture}: ${INVALID_FIXTURES[fixture]}: `),
    );
    expect(missing, output).toEqual([]);
  }, 120_000);
});
