import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../src/lib/link-check';

describe('brokenLinks', () => {
  const files = new Set(['/index.html', '/lessons/a/index.html', '/_astro/x.css']);
  const exists = (path: string) => files.has(path);

  it('follows internal links and anchors, and ignores external ones', () => {
    const pages = [
      {
        path: '/',
        html: '<a href="/lessons/a/#steps">a</a><a href="https://x.org/">x</a><a href="tel:110">110</a><link href="/_astro/x.css">',
      },
      {
        path: '/lessons/a/',
        html: '<h2 id="steps">步骤</h2><a href="/search/?q=x&amp;track=cards">s</a><a href="#nowhere">n</a>',
      },
    ];
    expect(brokenLinks(pages, exists)).toEqual([
      '/lessons/a/ → /search/?q=x&track=cards (no such file)',
      '/lessons/a/ → #nowhere (no #nowhere there)',
    ]);
  });

  it('treats slide numbers as anchors that scripts handle', () => {
    expect(brokenLinks([{ path: '/', html: '<a href="/lessons/a/#1">x</a>' }], exists)).toEqual([]);
  });
});
