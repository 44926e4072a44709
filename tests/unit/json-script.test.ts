import { describe, expect, it } from 'vitest';
import { jsonForScriptElement } from '../../src/lib/json-script';

describe('jsonForScriptElement', () => {
  const hostile = {
    question: '</script><script>alert(1)</script>',
    comment: '<!-- <script>',
    lines: 'a\u2028b\u2029c',
    chinese: '公检法没有“安全账户”',
  };

  it('cannot close the script element or open a comment', () => {
    const json = jsonForScriptElement(hostile);
    expect(json).not.toMatch(/<\/script|<!--|</i);
    expect(json).not.toMatch(/[\u2028\u2029]/);
  });

  it('reads back as the same data', () => {
    expect(JSON.parse(jsonForScriptElement(hostile))).toEqual(hostile);
  });
});
