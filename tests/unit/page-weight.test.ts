import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  gzipSize,
  pageScripts,
  pageWeight,
  renderBlockingStylesheets,
  staticImports,
} from '../../src/lib/page-weight';

describe('renderBlockingStylesheets', () => {
  it('keeps screen stylesheets and leaves out print ones and other links', () => {
    const html = `<link rel="stylesheet" href="/a.css"><link rel=stylesheet href='/b.css' media="all">
      <link rel="stylesheet" href="/print.css" media="print"><link rel="icon" href="/i.svg">
      <link rel="stylesheet" media="screen" href="/c.css">`;
    expect(renderBlockingStylesheets(html)).toEqual(['/a.css', '/b.css', '/c.css']);
  });
});

describe('pageScripts', () => {
  it('separates script files from inline code and skips data blocks', () => {
    const html = `<script>a()</script><script type="module" src="/x.js"></script>
      <script type="application/json">{"a":1}</script><script type="module">b()</script>`;
    expect(pageScripts(html)).toEqual({ external: ['/x.js'], inline: ['a()', 'b()'] });
  });
});

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic imports', () => {
    const code = `import{a as b}from"./shared.js";import"./side.js";export{c}from'../up.js';const l=()=>import("./lazy.js");`;
    expect(staticImports(code)).toEqual(['./shared.js', './side.js', '../up.js']);
  });
});

describe('pageWeight', () => {
  const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'page'));
  const files: Record<string, string> = {
    '_astro/site.css': 'body{margin:0}'.repeat(20),
    '_astro/print.css': '@media print{a{color:#000}}',
    '_astro/entry.js': 'import{x}from"./shared.js";const l=()=>import("./lazy.js");x()',
    '_astro/shared.js': 'export const x=()=>1',
    '_astro/lazy.js': 'export const big="' + 'y'.repeat(5000) + '"',
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dist, path), text);
  const html = `<!doctype html><link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/print.css" media="print"><script>init()</script><script type="module" src="/_astro/entry.js"></script><p>你好</p>`;
  writeFileSync(join(dist, 'page/index.html'), html);

  it('counts the HTML, the render-blocking CSS and the scripts run on load, each gzipped', () => {
    const weight = pageWeight(dist, '/page/');
    expect(weight.htmlBytes).toBe(Buffer.byteLength(html));
    expect(weight.htmlGzip).toBe(gzipSize(html));
    expect(weight.stylesheets.map((file) => file.url)).toEqual(['/_astro/site.css']);
    expect(weight.cssGzip).toBe(gzipSize(files['_astro/site.css']!));
    expect(weight.scripts.map((file) => file.url)).toEqual([
      '/_astro/entry.js',
      '/_astro/shared.js',
      'inline',
    ]);
    expect(weight.jsGzip).toBe(
      gzipSize(files['_astro/entry.js']!) + gzipSize(files['_astro/shared.js']!) + gzipSize('init()'),
    );
    expect(weight.firstRenderGzip).toBe(weight.htmlGzip + weight.cssGzip);
  });
});
