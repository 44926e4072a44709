/** The current alerts as an Atom feed (alert-feed.ts), for a bank's app or a community account. */
import type { APIRoute } from 'astro';
import { buildAlertsAtom } from '@/lib/alerts/alert-feed';
import { buildDay } from '@/lib/alerts/alerts-from-disk';
import { feedAlerts } from '@/lib/alerts/feed-alerts';
import { getShell } from '@/lib/lessons';
import { requireSite } from '@/lib/site-url';
import { alertsText } from '@/lib/ui-strings/alerts';

export const GET: APIRoute = async ({ site }) => {
  const [shell, alerts] = await Promise.all([getShell(), feedAlerts()]);
  const xml = buildAlertsAtom(requireSite(site, '/alerts.xml'), alerts, {
    updated: buildDay(),
    title: alertsText.alertsFeedTitle(shell.site.siteName),
    author: shell.site.organisation,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
