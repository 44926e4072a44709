/**
 * The alerts (content/alerts/<slug>.yaml), read from disk and checked: for the build's content
 * loader, the unit tests and the build's summary alike. A broken file stops the build with one
 * line per problem naming the file and the field; an alert whose last day has passed is left out,
 * with a line saying so. Files whose name starts with _ (the template) are not alerts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseYaml } from '../yaml-source';
import { CONTENT_DIR, type ContentData } from '../content-files';
import { lessonFilePaths } from '../content-from-disk';
import { chinaDay, isoDay } from '../dates';
import { formatIssues } from '../schema/format-issues';
import { createAlertSchema, type AlertData, type AlertRefs } from '../schema/alert';
import { isoDate, kebabId } from '../schema/common';

export const ALERTS_DIR = `${CONTENT_DIR}/alerts`;

/** Names the day the build counts as today (YYYY-MM-DD); else today in China. */
export const BUILD_DAY_ENV = 'PURSE_GUARD_TODAY';

export interface Alert {
  id: string;
  filePath: string;
  data: AlertData;
}

export interface ExpiredAlert {
  id: string;
  filePath: string;
  expires: string;
}

export interface CheckedAlerts {
  /** The day they were checked against. */
  today: string;
  /** Still showing, newest first. */
  current: Alert[];
  /** Left out: their last day has passed. */
  expired: ExpiredAlert[];
}

/** The day the build counts as today: PURSE_GUARD_TODAY when set (a preview), else China's date. */
export function buildDay(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const given = env[BUILD_DAY_ENV]?.trim();
  if (!given) return chinaDay(now);
  if (!isoDate.safeParse(given).success)
    throw new Error(`${BUILD_DAY_ENV}="${given}" is not a date: write it as YYYY-MM-DD`);
  return given;
}

export function alertFilePaths(root = process.cwd()): string[] {
  const dir = join(root, ALERTS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort()
    .map((name) => `${ALERTS_DIR}/${name}`);
}

export function alertRefs(data: Pick<ContentData, 'hotlines'>, root = process.cwd()): AlertRefs {
  return {
    hotlineIds: data.hotlines.map((h) => h.id),
    lessonIds: lessonFilePaths(root).map((path) => basename(path, '.mdx')),
  };
}

type AlertCheck =
  | { ok: true; data: AlertData }
  | { ok: false; errors: string[] }
  | { ok: false; expired: string; errors: [] };

/**
 * Checks one alert file's text against `today`: its data; or that its last day has passed (then
 * nothing else is checked: an old alert naming a lesson since renamed must not stop the build);
 * or the errors, naming the file and the field.
 */
export function checkAlert(file: string, source: string, refs: AlertRefs, today: string): AlertCheck {
  const yaml = parseYaml(file, source);
  if (!yaml.ok) return { ok: false, errors: [yaml.error] };
  const value = yaml.value;
  const expires = isoDate.safeParse((value as { expires?: unknown } | null)?.expires);
  if (expires.success && isoDay(expires.data) < today)
    return { ok: false, expired: isoDay(expires.data), errors: [] };
  const result = createAlertSchema(refs).safeParse(value);
  if (!result.success) return { ok: false, errors: formatIssues(file, result.error) };
  return { ok: true, data: result.data };
}

/** Newest first; on the same day, by title. */
export function newestFirst(a: Alert, b: Alert): number {
  return b.data.issued.getTime() - a.data.issued.getTime() || a.data.title.localeCompare(b.data.title);
}

/**
 * Every alert file, checked; the current ones newest first and the expired ones named. Throws one
 * error listing every problem of every broken file.
 */
export function checkedAlerts(
  root: string,
  data: Pick<ContentData, 'hotlines'>,
  today: string = buildDay(),
): CheckedAlerts {
  const refs = alertRefs(data, root);
  const errors: string[] = [];
  const current: Alert[] = [];
  const expired: ExpiredAlert[] = [];
  for (const filePath of alertFilePaths(root)) {
    const id = basename(filePath, '.yaml');
    if (!kebabId.safeParse(id).success || id === 'print') {
      errors.push(
        `${filePath}: (file name): "${id}" cannot be an alert's address: use short kebab-case ASCII, not "print"`,
      );
      continue;
    }
    const check = checkAlert(filePath, readFileSync(join(root, filePath), 'utf8'), refs, today);
    if (check.ok) current.push({ id, filePath, data: check.data });
    else if ('expired' in check) expired.push({ id, filePath, expires: check.expired });
    else errors.push(...check.errors);
  }
  if (errors.length > 0) throw new Error(`Invalid alert\n${errors.join('\n')}`);
  return { today, current: current.sort(newestFirst), expired };
}

/** What the build says of the alerts: what shows and until when, and what it left out. */
export function alertsSummary({ today, current, expired }: CheckedAlerts): string[] {
  return [
    current.length === 0
      ? `alerts: none showing on ${today}`
      : `alerts: ${current.length} showing on ${today}: ` +
        current.map((alert) => `${alert.data.title} (until ${isoDay(alert.data.expires)})`).join('; '),
    ...expired.map(
      (alert) => `alerts: left out ${alert.filePath}: its last day, ${alert.expires}, has passed`,
    ),
  ];
}
