import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  bundleRuns,
  decodeBundle,
  encodeBundle,
  isGzip,
  type BundleFile,
} from '../../src/lib/offline/pack-bundle';

const text = (value: string) => new TextEncoder().encode(value);

const files: BundleFile[] = [
  { path: '/lessons/a/', cache: 'pages', type: 'text/html; charset=utf-8', body: text('<h1>安全账户</h1>') },
  {
    path: '/pagefind/index/x.pf_index',
    cache: 'search',
    type: 'application/octet-stream',
    body: new Uint8Array([0, 255, 1]),
  },
  { path: '/empty.json', cache: 'static', type: 'application/json; charset=utf-8', body: new Uint8Array() },
];

describe('offline pack bundles', () => {
  it('give back every file, byte for byte, with its cache and type, after gzip', () => {
    const packed = gzipSync(encodeBundle(files));
    expect(isGzip(packed)).toBe(true);
    const unpacked = decodeBundle(new Uint8Array(gunzipSync(packed)));
    expect(unpacked.map(({ path, cache, type }) => ({ path, cache, type }))).toEqual(
      files.map(({ path, cache, type }) => ({ path, cache, type })),
    );
    expect(unpacked.map((file) => [...file.body])).toEqual(files.map((file) => [...file.body]));
    expect(new TextDecoder().decode(unpacked[0]!.body)).toBe('<h1>安全账户</h1>');
  });

  it('send what pages share once: pages together gzip far smaller than one by one', () => {
    const chrome = `<header>${'守护钱袋子 首页 课程 搜索 '.repeat(40)}</header>`;
    const pages = Array.from({ length: 20 }, (_, i) => ({
      path: `/lessons/l${i}/`,
      cache: 'pages' as const,
      type: 'text/html; charset=utf-8',
      body: text(`${chrome}<main>第${i}课：不要转账到“安全账户”。</main>`),
    }));
    const oneByOne = pages.reduce((sum, page) => sum + gzipSync(page.body).length, 0);
    expect(gzipSync(encodeBundle(pages)).length).toBeLessThan(oneByOne / 3);
  });

  it('refuse a damaged bundle with a clear error instead of keeping half a file', () => {
    const raw = encodeBundle(files);
    expect(() => decodeBundle(text('<!doctype html>'))).toThrow('not an offline pack bundle');
    expect(() => decodeBundle(raw.subarray(0, raw.length - 1))).toThrow(
      '/pagefind/index/x.pf_index cut short',
    );
    expect(() => decodeBundle(new Uint8Array([...raw, 0]))).toThrow('bytes left over');
    const header = text(JSON.stringify([{ path: 'x', cache: 'pages', type: 't', size: 0 }]));
    const bad = new Uint8Array([0x50, 0x47, 0x50, 0x4b, 0, 0, 0, header.length, ...header]);
    expect(() => decodeBundle(bad)).toThrow('a file entry is damaged');
  });

  it('cut a pack into runs under the limit, in order, a larger file alone', () => {
    const sizes = [400, 300, 400, 1500, 100].map((size, i) => ({ id: i, size }));
    expect(bundleRuns(sizes, 1000).map((run) => run.map((file) => file.id))).toEqual([[0, 1], [2], [3], [4]]);
    expect(bundleRuns([], 1000)).toEqual([]);
  });
});
