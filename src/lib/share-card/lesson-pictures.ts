/**
 * Every lesson's share picture, one promise each, so that the build can start drawing them all
 * as soon as it renders its first page (src/middleware.ts), and the drawing processes work while
 * the build renders the other seven pages of each lesson; the picture's own route
 * (/lessons/<slug>/share.png) then takes what is drawn, or waits for it.
 */
import { getHotlines, getLessons, getShell, type Lesson } from '../lessons';
import { absoluteUrl, routes } from '../routes';
import { cardLabels, lessonCard } from './lesson-card';
import { checkSharePicture, SHARE_PICTURE_CACHE } from './picture-check';
import { renderShareCard, type SharePicture } from './render-card';

const pictures = new Map<string, Promise<SharePicture>>();

/** The lesson's picture (drawn once a build), checked; rejects naming the lesson. */
export function lessonPicture(lesson: Lesson, site: URL): Promise<SharePicture> {
  let picture = pictures.get(lesson.id);
  if (!picture) {
    picture = draw(lesson, site);
    pictures.set(lesson.id, picture);
  }
  return picture;
}

async function draw(lesson: Lesson, site: URL): Promise<SharePicture> {
  const [shell, hotlines] = await Promise.all([
    getShell(),
    getHotlines(lesson.data.hotlines, lesson.data.bank),
  ]);
  const name = `${lesson.id}: share picture`;
  const url = absoluteUrl(site, routes.lesson(lesson.id));
  const picture = await renderShareCard(
    lessonCard(lesson.data, hotlines, shell.site, url),
    cardLabels,
    name,
    SHARE_PICTURE_CACHE,
  );
  checkSharePicture(name, picture);
  return picture;
}

let started = false;

/**
 * Starts every lesson's picture (once). A picture that fails is reported by its own route,
 * which waits for the same promise; here it is only started.
 */
export function startLessonPictures(site: URL): void {
  if (started) return;
  started = true;
  void getLessons().then(async (lessons) => {
    for (const lesson of lessons) {
      lessonPicture(lesson, site).catch(() => undefined);
      // Each picture is laid out on this thread before it goes to a drawing process: let pages render between.
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
}
