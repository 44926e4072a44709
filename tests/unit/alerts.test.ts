import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAlertsAtom, buildAlertsJson, xmlText } from '../../src/lib/alerts/alert-feed';
import {
  alertRefs,
  alertsSummary,
  buildDay,
  checkAlert,
  checkedAlerts,
  type Alert,
} from '../../src/lib/alerts/alerts-from-disk';
import { buildCatalogue } from '../../src/lib/catalogue';
import { loadContentData } from '../../src/lib/content-files';
import { chinaDay, isoDay } from '../../src/lib/dates';
import { packsOf } from '../../src/lib/offline/packs';
import { sentenceCount } from '../../src/lib/schema/alert';
import { alertsAfterTheirLessons, type ResultData } from '../../src/lib/search/pipeline';

const data = loadContentData();
const refs = alertRefs(data);
const FIXTURES = 'tests/fixtures/alerts';
const TODAY = '2026-03-01';
const read = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

/** The fixtures as the build would read them from content/alerts/, checked against `today`. */
function fixtureAlerts(today: string) {
  return readdirSync(join(FIXTURES, 'valid')).map((name) => ({
    name,
    check: checkAlert(`content/alerts/${name}`, read(`valid/${name}`), refs, today),
  }));
}

describe('an alert file', () => {
  it('reads as an alert when every field is right', () => {
    for (const { name, check } of fixtureAlerts(TODAY).filter(
      ({ name }) => name !== 'fake-police-safe-account.yaml',
    ))
      expect(check.ok, name).toBe(true);
  });

  const invalid = readdirSync(join(FIXTURES, 'invalid'));
  it.each(invalid)('%s is refused, naming the file and the field', (name) => {
    const source = read(`invalid/${name}`);
    const expected = /^# expect: (.+)$/m.exec(source)?.[1] ?? '';
    expect(expected, 'the fixture says what it breaks').not.toBe('');
    const check = checkAlert(`content/alerts/${name}`, source, refs, TODAY);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.errors.join('\n')).toContain(`content/alerts/${name}: ${expected}`);
  });

  it('a broken file whose last day has passed is left out, not refused', () => {
    const source = read('invalid/unknown-lesson.yaml');
    const check = checkAlert('content/alerts/old.yaml', source, refs, '2026-12-01');
    expect(check).toEqual({ ok: false, expired: '2026-08-10', errors: [] });
  });

  it('counts sentences as a reader does', () => {
    expect(sentenceCount('骗子打电话。让您转账！您怎么办？')).toBe(3);
    expect(sentenceCount('骗子打电话，说您的卡被冻结')).toBe(1);
  });
});

describe('the alerts of a build', () => {
  it('are the current ones, newest first; an expired one is left out and the build says so', () => {
    const project = { hotlines: data.hotlines };
    const root = process.cwd();
    const checks = fixtureAlerts(TODAY);
    const current = checks.flatMap(({ check }) => (check.ok ? [check.data] : []));
    const expired = checks.flatMap(({ name, check }) => (!check.ok && 'expired' in check ? [name] : []));
    expect(expired).toEqual(['fake-police-safe-account.yaml']);
    expect(current.map((alert) => isoDay(alert.issued))).toEqual(
      expect.arrayContaining(['2026-02-20', '2026-02-12', '2026-01-09']),
    );
    // The real content/alerts/ at a fixed day: the same rules, newest first.
    const real = checkedAlerts(root, project, TODAY);
    const days = real.current.map((alert) => isoDay(alert.data.issued));
    expect(days).toEqual([...days].sort().reverse());
  });

  it('the summary names what shows and until when, and each file left out', () => {
    const alert = (id: string, issued: string, expires: string): Alert => ({
      id,
      filePath: `content/alerts/${id}.yaml`,
      data: {
        ...(
          checkAlert('x', read('valid/pension-product-volunteer.yaml'), refs, TODAY) as {
            data: Alert['data'];
          }
        ).data,
        title: `标题${id}`,
        issued: new Date(`${issued}T00:00:00Z`),
        expires: new Date(`${expires}T00:00:00Z`),
      },
    });
    expect(
      alertsSummary({
        today: TODAY,
        current: [alert('a', '2026-02-20', '2026-04-01')],
        expired: [{ id: 'b', filePath: 'content/alerts/b.yaml', expires: '2026-02-28' }],
      }),
    ).toEqual([
      'alerts: 1 showing on 2026-03-01: 标题a (until 2026-04-01)',
      'alerts: left out content/alerts/b.yaml: its last day, 2026-02-28, has passed',
    ]);
    expect(alertsSummary({ today: TODAY, current: [], expired: [] })).toEqual([
      'alerts: none showing on 2026-03-01',
    ]);
  });

  it('count today on the readers’ calendar (China), or the day a preview names', () => {
    expect(chinaDay(new Date('2026-12-02T17:30:00Z'))).toBe('2026-12-03');
    expect(chinaDay(new Date('2026-12-02T15:59:00Z'))).toBe('2026-12-02');
    expect(buildDay({ PURSE_GUARD_TODAY: '2026-03-01' })).toBe('2026-03-01');
    expect(buildDay({}, new Date('2026-12-02T17:30:00Z'))).toBe('2026-12-03');
    expect(() => buildDay({ PURSE_GUARD_TODAY: '2026-02-30' })).toThrow(
      /PURSE_GUARD_TODAY="2026-02-30" is not a date/,
    );
  });
});

describe('the alerts for other tools', () => {
  const current = fixtureAlerts(TODAY).flatMap(({ name, check }) =>
    check.ok ? [{ id: name.replace('.yaml', ''), data: check.data, numbers: ['96110', '110'] }] : [],
  );

  it('the Atom feed has an entry per alert, its text escaped', () => {
    const hostile = { ...current[0]!, data: { ...current[0]!.data, title: '<script>&“取消”' } };
    const xml = buildAlertsAtom('https://example.org', [hostile, ...current.slice(1)], {
      updated: TODAY,
      title: '守护钱袋子：反诈预警',
      author: '示例银行',
    });
    expect(xml.match(/<entry>/g)).toHaveLength(current.length);
    expect(xml).toContain('<title>&lt;script&gt;&amp;“取消”</title>');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('<updated>2026-03-01T00:00:00+08:00</updated>');
    expect(xml).toContain(`<id>https://example.org/alerts/${current[0]!.id}/</id>`);
    expect(xmlText('a\u0001b')).toBe('ab');
  });

  it('/alerts.json lists each alert with its dates, lessons, numbers and source', () => {
    const json = buildAlertsJson('https://example.org/', current, TODAY);
    expect(json.updated).toBe(TODAY);
    expect(json.feed).toBe('/alerts.xml');
    const first = json.alerts[0]!;
    expect(first.url).toBe(`/alerts/${first.slug}/`);
    expect(first.issued).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(first.lessons[0]?.url).toBe(`/lessons/${first.lessons[0]?.slug}/`);
    expect(first.source.url).toMatch(/^https:\/\//);
  });

  it('lessons.json links the alerts, and each lesson its current alerts', () => {
    const alert = { id: 'a', data: { lessons: ['screen-sharing'] } };
    const lessons = [
      { id: 'screen-sharing', data: { ...sampleLesson() } },
      { id: 'card-pin', data: { ...sampleLesson() } },
    ];
    const catalogue = buildCatalogue('https://example.org', lessons, data.hotlines, [], [alert]);
    expect(catalogue.alerts).toEqual({ page: '/alerts/', feed: '/alerts.xml', json: '/alerts.json' });
    expect(catalogue.lessons.map((lesson) => lesson.alerts)).toEqual([['/alerts/a/'], []]);
  });

  it('a reader offline has the alerts’ pages; staff have the notice; the feed is for tools', () => {
    expect(packsOf('/alerts/')).toEqual(['lessons']);
    expect(packsOf('/alerts/fake-subsidy/')).toEqual(['lessons']);
    expect(packsOf('/alerts/print/')).toEqual(['print']);
    expect(packsOf('/alerts.xml')).toEqual([]);
    expect(packsOf('/alerts.json')).toEqual([]);
  });
});

describe('search', () => {
  const result = (url: string, alertLessons?: string): ResultData => ({
    url,
    excerpt: '',
    content: '',
    meta: alertLessons ? { alertLessons } : {},
  });

  it('ranks an alert right after the lesson that teaches its pattern, when both are found', () => {
    const ranked = alertsAfterTheirLessons([
      result('/alerts/a/', '/lessons/x/,/lessons/y/'),
      result('/lessons/z/'),
      result('/lessons/y/'),
      result('/lessons/x/'),
    ]);
    expect(ranked.map((r) => r.url)).toEqual(['/lessons/z/', '/lessons/y/', '/alerts/a/', '/lessons/x/']);
  });

  it('leaves an alert where it is when its lessons are not found or already above it', () => {
    const alone = [result('/alerts/a/', '/lessons/x/'), result('/lessons/z/')];
    expect(alertsAfterTheirLessons(alone)).toEqual(alone);
    const below = [result('/lessons/x/'), result('/alerts/a/', '/lessons/x/')];
    expect(alertsAfterTheirLessons(below)).toEqual(below);
  });
});

function sampleLesson() {
  const lesson = JSON.parse(
    JSON.stringify({
      title: '示例',
      track: 'telecom',
      summary: '示例',
      remember: '示例',
      hotlines: ['96110'],
      quiz: [],
      sources: [],
    }),
  );
  return { ...lesson, reviewed: new Date('2026-01-01T00:00:00Z') };
}
