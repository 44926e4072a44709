import type { APIRoute } from 'astro';
import { buildCatalogue } from '@/lib/catalogue';
import { getAlerts, getDrills, getHotlines, getLessons } from '@/lib/lessons';
import { requireSite } from '@/lib/site-url';

export const GET: APIRoute = async ({ site }) => {
  const [lessons, hotlines, drills, alerts] = await Promise.all([
    getLessons(),
    getHotlines(),
    getDrills(),
    getAlerts(),
  ]);
  return new Response(
    JSON.stringify(
      buildCatalogue(requireSite(site, '/lessons.json'), lessons, hotlines, drills, alerts),
      null,
      2,
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
