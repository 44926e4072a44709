/**
 * content/family.yaml (/family/): its schema takes the file as written and refuses, by field,
 * what would print a pact a family cannot use.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/lib/content-files';
import { createFamilyPactSchema } from '../../src/lib/schema/catalogue';
import { formatIssues } from '../../src/lib/schema/format-issues';

const data = loadContentData();
const schema = createFamilyPactSchema(data.hotlines.map((hotline) => hotline.id));
/** The file as written, to change one field of. */
interface PactFile {
  pact: { hotlines: string[]; hangUp: string[] };
  guide: { more?: string }[];
  sources?: unknown;
}
const file = () => parse(readFileSync('content/family.yaml', 'utf8')) as PactFile;

function problems(value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : formatIssues('content/family.yaml', result.error);
}

describe('content/family.yaml', () => {
  it('is a pact with someone to call, a code word, three numbers and sentences to hang up', () => {
    expect(problems(file())).toEqual([]);
    expect(data.family.pact.hotlines).toEqual(['96110', '110', 'bank']);
    expect(data.family.pact.hangUp.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a number the library does not have, naming the field', () => {
    const pact = file();
    pact.pact.hotlines = ['96110', '12345678'];
    expect(problems(pact).join('\n')).toMatch(/pact\.hotlines.*unknown hotline "12345678"/);
  });

  it('refuses a pact with no source, and a sentence too long to say at once', () => {
    const pact = file();
    delete pact.sources;
    pact.pact.hangUp = ['我不转账，先挂了。', '您说的这些事情我都不相信，我现在就要挂电话了。'];
    const said = problems(pact).join('\n');
    expect(said).toContain('sources');
    expect(said).toMatch(/pact\.hangUp/);
  });

  it('refuses a guide link that is neither a lesson slug nor a site path', () => {
    const pact = file();
    pact.guide[0]!.more = 'https://example.org/';
    expect(problems(pact).join('\n')).toMatch(/guide/);
  });
});
