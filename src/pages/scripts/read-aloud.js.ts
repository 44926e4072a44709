/**
 * /scripts/read-aloud.js: the read-aloud code, compiled from src/scripts/read-aloud.ts at build
 * time and loaded only when someone presses 朗读. Served as its own file (not a Vite chunk) so
 * the page's own script needs no preload helper: every lesson page stays within 3 KB of JS.
 */
import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import source from '@/scripts/read-aloud.ts?raw';

export const GET: APIRoute = async () => {
  const { code } = await transform(source, { loader: 'ts', format: 'esm', minify: true, target: 'es2020' });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
