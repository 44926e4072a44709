/**
 * A broken lesson must stop the build, naming the file and the field. This runs the real
 * content sync (the step of `astro build` that validates content) on a copy of the project
 * with one broken lesson added.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'purse-guard-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function projectWith(brokenFixture: string): string {
  const dir = mkdtempSync(join(work, 'project-'));
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
  cpSync(
    join(root, 'tests/fixtures/invalid', brokenFixture),
    join(dir, 'content/lessons/telecom/broken-lesson.mdx'),
  );
  return dir;
}

describe('astro sync on a project with a broken lesson', () => {
  it.each([
    ['unknown-track.mdx', 'track: unknown track "lottery"'],
    ['answer-out-of-range.mdx', 'quiz.0.answer'],
    ['unknown-component.mdx', 'line 58: <Alarm> is not a lesson component'],
    ['mdx-syntax-error.mdx', 'line 58: <Warning> is never closed'],
  ])(
    'stops on %s, naming the file and the field',
    (fixture, field) => {
      const dir = projectWith(fixture);
      const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status).not.toBe(0);
      expect(output).toContain('content/lessons/telecom/broken-lesson.mdx');
      expect(output).toContain(field);
    },
    60_000,
  );
});
