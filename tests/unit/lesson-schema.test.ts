import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLesson } from '../../src/lib/validate-lesson';
import { lessonRefs, loadContentData } from '../../src/lib/content-files';
import { INVALID_FIXTURES } from '../fixtures/invalid-fixtures';

const data = loadContentData();
const refs = lessonRefs(data);

function fixtures(kind: 'valid' | 'invalid') {
  const dir = join('tests/fixtures', kind);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = join(dir, name);
      return { name, file, source: readFileSync(file, 'utf8') };
    });
}

describe('lesson schema', () => {
  it.each(fixtures('valid'))('accepts $name', ({ file, source }) => {
    const result = checkLesson(file, source, refs);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has at least 12 invalid fixtures', () => {
    expect(fixtures('invalid').length).toBeGreaterThanOrEqual(12);
  });

  // Each invalid fixture breaks exactly one field (or one line of the body); the message names
  // the file and that field or line.
  it.each(fixtures('invalid'))('rejects $name, naming the file and the field', ({ name, file, source }) => {
    const field = INVALID_FIXTURES[name];
    if (field === undefined) return expect.fail(`add ${name} to tests/fixtures/invalid-fixtures.ts`);
    const result = checkLesson(file, source, refs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Every problem reported is about that one field, and the first says what to do.
    expect(result.errors.length).toBeGreaterThan(0);
    const prefix = new RegExp(
      `^${file.replace(/[.[\]()]/g, '\\$&')}: ${field.replace(/[.[\]()]/g, '\\$&')}: `,
    );
    for (const error of result.errors) expect(error).toMatch(prefix);
  });

  it('explains what is wrong in words a writer can act on', () => {
    const messages = fixtures('invalid').flatMap(({ file, source }) => {
      const result = checkLesson(file, source, refs);
      return result.ok ? [] : result.errors.map((e) => e.slice(file.length + 2));
    });
    expect(messages.sort()).toMatchInlineSnapshot(`
      [
        "(frontmatter): not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:",
        "bank: hotlines lists "bank": say which bank the reader should call (issuer, atm-owner, service-bank, organisation)",
        "group: unknown group "no-such-group" for track telecom; its groups: impersonation, lures, phone-and-card, after-and-tools (content/tracks.yaml)",
        "hotlines[1]: unknown hotline "12345678"; known hotlines: 96110, 110, 12381, 12333, 12378, 12315, 12386, bank (content/hotlines.yaml)",
        "line 67: <Alarm> is not a lesson component; use: CaseStory, Warning, Steps, Notes",
        "line 67: <Warning> is never closed; add </Warning> where it ends",
        "quiz: needs at least 3 questions",
        "quiz: needs at least 3 questions",
        "quiz[0].answer: answer 2 points past the 2 options (counting from 0)",
        "redFlags: needs 3–6 red flags",
        "redFlags: needs 3–6 red flags",
        "redFlags: red flags: write a list (3–6 items)",
        "remember: remember is required",
        "remember: remember最多 30 个字 (at most 30 characters)",
        "reviewed: "2026-02-30" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-26",
        "sources[0].url: must be an absolute https:// URL",
        "summary: summary最多 60 个字 (at most 60 characters)",
        "techniques[1]: unknown technique "mind-control"; known techniques: authority, fear, secrecy, lure, urgency, small-reward, emotion, remote-control, crowd, fake-proof, personal-info (content/techniques.yaml)",
        "title: title is required",
        "track: unknown track "lottery"; known tracks: telecom, fundraising, cards (content/tracks.yaml)",
      ]
    `);
  });
});
