/**
 * The QR code of a lesson's address, as its own small file: the printed lesson shows it at the
 * end. Kept out of the page's HTML, which readers on slow phones download first.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLessons } from '@/lib/lessons';
import { qrSvg } from '@/lib/qr';
import { absoluteUrl, routes } from '@/lib/routes';

export const getStaticPaths = (async () =>
  (await getLessons()).map((lesson) => ({ params: { slug: lesson.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  if (!site) throw new Error('astro.config.mjs: `site` must be set (SITE_URL)');
  const svg = await qrSvg(absoluteUrl(site, routes.lesson(params.slug ?? '')));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
