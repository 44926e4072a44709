/**
 * The current alerts for other tools: /alerts.json and the Atom feed /alerts.xml (RFC 4287), so a
 * bank's app or a community WeChat account can pick them up. Pure: the routes pass the alerts,
 * their numbers and the build's day.
 */
import { isoDay } from '../dates';
import { absoluteUrl, routes } from '../routes';
import type { AlertData } from '../schema/alert';

export interface FeedAlert {
  id: string;
  data: AlertData;
  /** The numbers to call, as dialled. */
  numbers: string[];
}

export interface AlertsJson {
  site: string;
  /** The day the build checked the alerts (YYYY-MM-DD). */
  updated: string;
  page: string;
  feed: string;
  print: string;
  alerts: {
    slug: string;
    url: string;
    title: string;
    issued: string;
    expires: string;
    region: string;
    scam: string;
    actions: string[];
    lessons: { slug: string; url: string }[];
    hotlines: string[];
    source: { publisher: string; title: string; url: string; date: string };
  }[];
}

export function buildAlertsJson(
  site: URL | string,
  alerts: readonly FeedAlert[],
  updated: string,
): AlertsJson {
  return {
    site: new URL(site).href.replace(/\/$/, ''),
    updated,
    page: routes.alerts,
    feed: routes.alertsFeed,
    print: routes.alertsPrint,
    alerts: alerts.map(({ id, data, numbers }) => ({
      slug: id,
      url: routes.alert(id),
      title: data.title,
      issued: isoDay(data.issued),
      expires: isoDay(data.expires),
      region: data.region,
      scam: data.scam,
      actions: [...data.actions],
      lessons: data.lessons.map((slug) => ({ slug, url: routes.lesson(slug) })),
      hotlines: numbers,
      source: {
        publisher: data.source.publisher,
        title: data.source.title,
        url: data.source.url,
        date: isoDay(data.source.date),
      },
    })),
  };
}

/** Whether XML 1.0 allows a character at all (not most control characters, nor U+FFFE/U+FFFF). */
const allowedInXml = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
};

/** Text as XML character data or an attribute value. */
export function xmlText(text: string): string {
  return [...text]
    .filter(allowedInXml)
    .join('')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** A day as an Atom date: the start of that day in China. */
const atomDay = (day: string) => `${day}T00:00:00+08:00`;

export function buildAlertsAtom(
  site: URL | string,
  alerts: readonly FeedAlert[],
  { updated, title, author }: { updated: string; title: string; author: string },
): string {
  const url = (path: string) => xmlText(absoluteUrl(site, path));
  const entries = alerts.map(({ id, data, numbers }) => {
    const issued = atomDay(isoDay(data.issued));
    const content = [
      data.scam,
      ...data.actions.map((action, index) => `${index + 1}. ${action}`),
      `电话：${numbers.join('、')}`,
      `来源：${data.source.publisher}《${data.source.title}》，${isoDay(data.source.date)}，${data.source.url}`,
      `有效至 ${isoDay(data.expires)}`,
    ].join('\n');
    return [
      '  <entry>',
      `    <title>${xmlText(data.title)}</title>`,
      `    <id>${url(routes.alert(id))}</id>`,
      `    <link rel="alternate" type="text/html" href="${url(routes.alert(id))}"/>`,
      `    <published>${issued}</published>`,
      `    <updated>${issued}</updated>`,
      `    <category term="${xmlText(data.region)}"/>`,
      `    <summary>${xmlText(data.scam)}</summary>`,
      `    <content type="text">${xmlText(content)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${xmlText(title)}</title>`,
    `  <id>${url(routes.alerts)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${url(routes.alertsFeed)}"/>`,
    `  <link rel="alternate" type="text/html" href="${url(routes.alerts)}"/>`,
    `  <updated>${atomDay(updated)}</updated>`,
    `  <author><name>${xmlText(author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
