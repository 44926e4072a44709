import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, contentTypeOf } from '../../src/lib/content-types.mjs';

describe('contentTypeOf', () => {
  it('names the type of a built file by its extension, Pagefind’s own included', () => {
    expect(contentTypeOf('/lessons/card-pin/index.html')).toBe(CONTENT_TYPES['.html']);
    expect(contentTypeOf('dist/pagefind/index/zh-cn_2e10789.pf_index')).toBe(CONTENT_TYPES['.pf_index']);
    expect(contentTypeOf('/manifest.webmanifest')).toBe(CONTENT_TYPES['.webmanifest']);
    expect(contentTypeOf('/packs/lessons-1.435309e3f1.bin')).toBe(CONTENT_TYPES['.bin']);
  });

  it('serves a file it does not know, or one without an extension, as bytes', () => {
    expect(contentTypeOf('/handouts/notes.xyz')).toBe('application/octet-stream');
    expect(contentTypeOf('/_headers')).toBe('application/octet-stream');
  });
});
