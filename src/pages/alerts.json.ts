/** The current alerts as JSON (its shape: AlertsJson in alert-feed.ts). */
import type { APIRoute } from 'astro';
import { buildAlertsJson } from '@/lib/alerts/alert-feed';
import { buildDay } from '@/lib/alerts/alerts-from-disk';
import { feedAlerts } from '@/lib/alerts/feed-alerts';
import { requireSite } from '@/lib/site-url';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    JSON.stringify(
      buildAlertsJson(requireSite(site, '/alerts.json'), await feedAlerts(), buildDay()),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
