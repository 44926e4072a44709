/**
 * What a built page costs a reader before they do anything: its HTML, the stylesheets that hold
 * up the first render, and the JavaScript it runs at once (scripts it loads, the modules those
 * import statically, and inline scripts). Read from dist/ without a browser, so the byte budgets
 * are exact and the same on every run. Sizes are gzip at the default level, as a static host
 * sends them; each file is compressed on its own, as it travels.
 *
 * Not counted: what loads later on purpose (the quiz when it scrolls into view, read-aloud when
 * pressed, the search engine on the first query, images) and print-only stylesheets.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileWeight {
  /** Site-relative URL, or "inline" for a script in the page itself. */
  url: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  htmlBytes: number;
  htmlGzip: number;
  /** Stylesheets that block the first render (every <link rel="stylesheet"> not for print). */
  stylesheets: FileWeight[];
  cssGzip: number;
  /** Scripts run on load: <script src> modules, their static imports, inline scripts together. */
  scripts: FileWeight[];
  jsGzip: number;
  /** HTML + render-blocking CSS: what must arrive before the first render. */
  firstRenderGzip: number;
}

export const gzipSize = (data: string | Uint8Array): number => gzipSync(data).length;

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** The render-blocking stylesheet URLs of a page, in order. */
export function renderBlockingStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => attribute(tag, 'rel')?.toLowerCase() === 'stylesheet')
    .filter((tag) => {
      const media = attribute(tag, 'media')?.trim().toLowerCase();
      return media === undefined || media === '' || media === 'all' || media === 'screen';
    })
    .map((tag) => attribute(tag, 'href') ?? '');
}

/** External script URLs and the text of inline (JavaScript) scripts. */
export function pageScripts(html: string): { external: string[]; inline: string[] } {
  const external: string[] = [];
  const inline: string[] = [];
  for (const [, open = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attribute(open, 'type')?.toLowerCase();
    if (type !== undefined && type !== 'module' && type !== 'text/javascript') continue;
    const src = attribute(open, 'src');
    if (src) external.push(src);
    else if (body.trim()) inline.push(body);
  }
  return { external, inline };
}

/** Relative modules a bundled script imports statically (`import … from"./x.js"`, `import"./x.js"`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}

function readSiteFile(distDir: string, url: string): Buffer {
  const path = decodeURI(new URL(url, 'http://site.invalid/').pathname);
  return readFileSync(join(distDir, path));
}

/** Every module a page's scripts pull in before anything happens, each once. */
function scriptClosure(distDir: string, entries: readonly string[]): FileWeight[] {
  const seen = new Map<string, FileWeight>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    const code = readSiteFile(distDir, url);
    seen.set(url, { url, bytes: code.length, gzip: gzipSize(code) });
    for (const relative of staticImports(code.toString('utf8'))) {
      visit(posix.join(dirname(url), relative));
    }
  };
  entries.forEach(visit);
  return [...seen.values()];
}

/** The weight of one built page, e.g. pageWeight('dist', '/lessons/atm-safety/'). */
export function pageWeight(distDir: string, page: string): PageWeight {
  const html = readSiteFile(distDir, page.endsWith('/') ? `${page}index.html` : page);
  const text = html.toString('utf8');
  const stylesheets = renderBlockingStylesheets(text).map((url) => {
    const css = readSiteFile(distDir, url);
    return { url, bytes: css.length, gzip: gzipSize(css) };
  });
  const { external, inline } = pageScripts(text);
  const scripts = scriptClosure(distDir, external);
  if (inline.length > 0) {
    const code = inline.join('\n');
    scripts.push({ url: 'inline', bytes: Buffer.byteLength(code), gzip: gzipSize(code) });
  }
  const sum = (files: readonly FileWeight[]) => files.reduce((total, file) => total + file.gzip, 0);
  const htmlGzip = gzipSize(html);
  const cssGzip = sum(stylesheets);
  return {
    page,
    htmlBytes: html.length,
    htmlGzip,
    stylesheets,
    cssGzip,
    scripts,
    jsGzip: sum(scripts),
    firstRenderGzip: htmlGzip + cssGzip,
  };
}
