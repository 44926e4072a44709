/**
 * Every invalid fixture is refused by the real build, not only by the unit tests' call of the
 * same check: one `astro sync` (the step of `astro build` that loads and validates content) runs
 * on a copy of the project with all of them added (lessons, and drills in content/drills/), and
 * its output must name each file with the field or line that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INVALID_DRILL_FIXTURES, INVALID_FIXTURES } from '../fixtures/invalid-fixtures';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'purse-guard-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the project (content copied, the rest linked) with these fixtures added. */
function projectWith(name: string, fixtures: { from: string; to: string; files: readonly string[] }): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const linked of [
    'src',
    'node_modules',
    'public',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    symlinkSync(join(root, linked), join(dir, linked));
  }
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  for (const file of fixtures.files) cpSync(join(root, fixtures.from, file), join(dir, fixtures.to, file));
  return dir;
}

function astroSync(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const lessonFixtures = readdirSync('tests/fixtures/invalid').filter((name) => name.endsWith('.mdx'));
const drillFixtures = readdirSync('tests/fixtures/drills/invalid').filter((name) => name.endsWith('.yaml'));

describe('astro sync on a project with every invalid fixture', () => {
  it('knows what each fixture breaks', () => {
    expect(lessonFixtures.sort()).toEqual(Object.keys(INVALID_FIXTURES).sort());
    expect(drillFixtures.sort()).toEqual(Object.keys(INVALID_DRILL_FIXTURES).sort());
  });

  it('stops, naming every broken lesson with its field or line', () => {
    const dir = projectWith('lessons', {
      from: 'tests/fixtures/invalid',
      to: 'content/lessons/telecom',
      files: lessonFixtures,
    });
    const { status, output } = astroSync(dir);
    expect(status).not.toBe(0);
    const missing = lessonFixtures.filter(
      (fixture) => !output.includes(`content/lessons/telecom/${fixture}: ${INVALID_FIXTURES[fixture]}: `),
    );
    expect(missing, output).toEqual([]);
  }, 120_000);

  it('stops, naming every broken drill with its field and step', () => {
    const dir = projectWith('drills', {
      from: 'tests/fixtures/drills/invalid',
      to: 'content/drills',
      files: drillFixtures,
    });
    const { status, output } = astroSync(dir);
    expect(status).not.toBe(0);
    const missing = drillFixtures.filter((fixture) => {
      const { field, says } = INVALID_DRILL_FIXTURES[fixture]!;
      const line = output.split('\n').find((l) => l.includes(`content/drills/${fixture}: ${field}: `));
      return !line?.includes(says);
    });
    expect(missing, output).toEqual([]);
  }, 120_000);
});
