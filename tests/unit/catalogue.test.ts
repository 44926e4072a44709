import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue';
import { createContentQueries } from '../../src/lib/content-queries';
import { loadContentFromDisk } from '../../src/lib/content-from-disk';
import { absoluteUrl, routes } from '../../src/lib/routes';
import { checkedDrills } from '../../src/lib/drills/drills-from-disk';

const q = createContentQueries(loadContentFromDisk());

describe('/lessons.json', () => {
  const catalogue = buildCatalogue('https://example.org/', q.lessons(), q.hotlines());

  it('names the absolute site and lists every lesson in reading order', () => {
    expect(catalogue.site).toBe('https://example.org');
    expect(catalogue.lessons.map((l) => l.slug)).toEqual(q.lessons().map((l) => l.id));
  });

  it('gives site-relative URLs for every output of a lesson', () => {
    for (const lesson of catalogue.lessons) {
      expect(lesson.url).toBe(`/lessons/${lesson.slug}/`);
      expect(lesson.handout).toBe(`/handouts/${lesson.slug}/`);
      expect(lesson.poster).toBe(`/handouts/${lesson.slug}/poster/`);
      expect(lesson.slides).toBe(`/present/${lesson.slug}/`);
      expect(lesson.picture).toBe(`/lessons/${lesson.slug}/share.png`);
      expect(lesson.review).toBe(`/lessons/${lesson.slug}/review.json`);
    }
  });

  it('turns hotline ids into the numbers people dial', () => {
    const lesson = q.lessons().find((l) => l.data.hotlines.includes('bank'));
    if (!lesson) return expect.fail('no lesson lists the bank line');
    const entry = catalogue.lessons.find((l) => l.slug === lesson.id)!;
    expect(entry.hotlines).toContain(q.site().customerService);
    // …and says which bank "bank" means, so a reader is sent to her own.
    expect(entry.bank).toBe(lesson.data.bank);
    expect(entry.hotlines.every((n) => /^\d+$/.test(n))).toBe(true);
  });

  it('carries quiz, sources (title and url only) and the reviewed day', () => {
    const [first] = catalogue.lessons;
    const source = q.lessons()[0]!;
    expect(first?.quiz).toEqual(
      source.data.quiz.map(({ question, options, answer, explanation }) => ({
        question,
        options,
        answer,
        explanation,
      })),
    );
    expect(first?.sources).toEqual(source.data.sources.map(({ title, url }) => ({ title, url })));
    expect(first?.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(first ?? {}).sort()).toEqual([
      'alerts',
      ...(source.data.bank ? ['bank'] : []),
      'handout',
      'hotlines',
      'picture',
      'poster',
      'quiz',
      'remember',
      'review',
      'reviewed',
      'slides',
      'slug',
      'sources',
      'summary',
      'title',
      'track',
      'url',
    ]);
  });

  it('links every drill, its slides and role-play cards, with the lessons it rehearses, and 真假辨一辨', () => {
    const drills = checkedDrills();
    const withDrills = buildCatalogue(
      'https://example.org/',
      q.lessons(),
      q.hotlines(),
      drills.map((d) => ({ id: d.id, ...d.data })),
    );
    expect(withDrills.drills.map((d) => d.slug)).toEqual(drills.map((d) => d.id));
    for (const drill of withDrills.drills) {
      expect(drill).toMatchObject({
        url: `/drills/${drill.slug}/`,
        slides: `/present/${drill.slug}/`,
        cards: `/drills/${drill.slug}/cards/`,
      });
      for (const lesson of drill.lessons) expect(withDrills.lessons.map((l) => l.slug)).toContain(lesson);
    }
    expect(withDrills.spot).toBe('/spot/');
  });

  it('fails loudly on a hotline id it does not know', () => {
    const lesson = q.lessons()[0]!;
    const broken = { ...lesson, data: { ...lesson.data, hotlines: ['nope'] } };
    expect(() => buildCatalogue('https://example.org', [broken], q.hotlines())).toThrow(
      'unknown hotline id "nope"',
    );
  });
});

describe('routes', () => {
  it('makes absolute URLs for QR codes from the site URL', () => {
    expect(absoluteUrl('https://example.org', routes.lesson('atm-safety'))).toBe(
      'https://example.org/lessons/atm-safety/',
    );
    expect(absoluteUrl(new URL('http://localhost:4321/'), routes.home)).toBe('http://localhost:4321/');
  });
});
