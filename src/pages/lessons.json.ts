import type { APIRoute } from 'astro';
import { buildCatalogue } from '@/lib/catalogue';
import { getDrills, getHotlines, getLessons } from '@/lib/lessons';
import { requireSite } from '@/lib/site-url';

export const GET: APIRoute = async ({ site }) => {
  const [lessons, hotlines, drills] = await Promise.all([getLessons(), getHotlines(), getDrills()]);
  return new Response(
    JSON.stringify(buildCatalogue(requireSite(site, '/lessons.json'), lessons, hotlines, drills), null, 2),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
