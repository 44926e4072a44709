/**
 * The QR code of a lesson's address, as its own small file: the printed lesson shows it at the
 * end. Kept out of the page's HTML, which readers on slow phones download first.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLessons } from '@/lib/lessons';
import { qrSvg } from '@/lib/print/qr';
import { absoluteUrl, routes } from '@/lib/routes';
import { requireSite } from '@/lib/site-url';

export const getStaticPaths = (async () =>
  (await getLessons()).map((lesson) => ({ params: { slug: lesson.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const svg = await qrSvg(absoluteUrl(requireSite(site, 'QR codes'), routes.lesson(params.slug ?? '')));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
