/**
 * robots.txt: everything may be indexed except the slides (a presenter's tool; the lesson page
 * is what people should find), and where the sitemap is, as an absolute address.
 */
import type { APIRoute } from 'astro';
import { routes } from '@/lib/routes';
import { requireSite } from '@/lib/site-url';

export const GET: APIRoute = ({ site }) => {
  const lines = [
    'User-agent: *',
    `Disallow: ${routes.present}`,
    '',
    `Sitemap: ${new URL('/sitemap-index.xml', requireSite(site, '/robots.txt')).href}`,
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
