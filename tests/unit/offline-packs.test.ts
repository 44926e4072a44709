import { describe, expect, it } from 'vitest';
import { filesForLessons, packFiles, saveKey } from '../../src/lib/offline/packs';

/** A small built site: two lessons, a drill, and what their pages share. */
const SITE = [
  '/',
  '/_astro/site.abc.css',
  '/_astro/slides.def.js',
  '/icons/icon-192.png',
  '/lessons/card-pin/',
  '/lessons/card-pin/qr.svg',
  '/lessons/card-pin/review.json',
  '/review/',
  '/review/card/',
  '/lessons/atm-safety/',
  '/lessons/atm-safety/qr.svg',
  '/drills/police-safe-account/',
  '/drills/police-safe-account/cards/',
  '/handouts/card-pin/',
  '/handouts/card-pin/poster/',
  '/handouts/atm-safety/',
  '/handouts/card/',
  '/present/',
  '/present/notes/',
  '/present/card-pin/',
  '/present/card-pin/notes/',
  '/present/atm-safety/',
  '/present/atm-safety/notes/',
  '/present/police-safe-account/',
  '/print/',
];

describe('offline packs by lesson', () => {
  const packs = packFiles(SITE);
  const lessonOf = (path: string) =>
    [...packs.lessons, ...packs.print, ...packs.slides].find((file) => file.path === path)?.lesson;

  it('mark each file that is one lesson’s or drill’s: its slides, notes, handouts, QR code, role-play cards', () => {
    expect(lessonOf('/present/card-pin/')).toBe('card-pin');
    expect(lessonOf('/present/card-pin/notes/')).toBe('card-pin');
    expect(lessonOf('/handouts/card-pin/poster/')).toBe('card-pin');
    expect(lessonOf('/lessons/atm-safety/qr.svg')).toBe('atm-safety');
    expect(lessonOf('/lessons/card-pin/review.json')).toBe('card-pin');
    expect(lessonOf('/drills/police-safe-account/cards/')).toBe('police-safe-account');
    expect(lessonOf('/present/police-safe-account/')).toBe('police-safe-account');
  });

  it('save with the lessons what a review asks, the review page and the fridge card', () => {
    const lessons = packs.lessons.map((file) => file.path);
    expect(lessons).toEqual(
      expect.arrayContaining(['/lessons/card-pin/review.json', '/review/', '/review/card/']),
    );
  });

  it('leave unmarked what all of a pack’s pages share, even in a lesson’s folder name’s place', () => {
    for (const shared of [
      '/_astro/slides.def.js',
      '/icons/icon-192.png',
      '/present/',
      '/present/notes/',
      '/print/',
    ])
      expect(lessonOf(shared), shared).toBeUndefined();
    // "card" is the wallet cards' page, not a lesson.
    expect(lessonOf('/handouts/card/')).toBeUndefined();
  });

  it('save an event’s slides as its lessons’ decks and notes with what every deck needs, and nothing else', () => {
    const paths = filesForLessons(packs.slides, ['card-pin', 'police-safe-account']).map((file) => file.path);
    expect(paths).toEqual([
      '/_astro/site.abc.css',
      '/_astro/slides.def.js',
      '/icons/icon-192.png',
      '/present/',
      '/present/card-pin/',
      '/present/card-pin/notes/',
      '/present/notes/',
      '/present/police-safe-account/',
    ]);
  });

  it('name a save by its pack and its lessons, in any order, each once', () => {
    expect(saveKey('slides')).toBe('slides');
    expect(saveKey('slides', [])).toBe('slides');
    expect(saveKey('slides', ['card-pin', 'atm-safety', 'card-pin'])).toBe('slides:atm-safety,card-pin');
    expect(saveKey('print', ['atm-safety', 'card-pin'])).toBe(saveKey('print', ['card-pin', 'atm-safety']));
  });
});
