import type { APIRoute } from 'astro';
import { buildCatalogue } from '@/lib/catalogue';
import { getHotlines, getLessons } from '@/lib/lessons';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs: `site` must be set (SITE_URL) for /lessons.json');
  const [lessons, hotlines] = await Promise.all([getLessons(), getHotlines()]);
  return new Response(JSON.stringify(buildCatalogue(site, lessons, hotlines), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
