/** What every printed sheet of a lesson needs: its numbers, the organisation, its address and QR. */
import { getHotlines, getSiteInfo, type Lesson } from './lessons';
import { qrSvg } from './qr';
import { absoluteUrl, routes } from './routes';

export async function sheetData(lesson: Lesson, site: URL | undefined) {
  if (!site) throw new Error('astro.config.mjs: `site` must be set (SITE_URL) for QR codes');
  const lessonUrl = absoluteUrl(site, routes.lesson(lesson.id));
  const [hotlines, siteInfo, qr] = await Promise.all([
    getHotlines(lesson.data.hotlines),
    getSiteInfo(),
    qrSvg(lessonUrl),
  ]);
  return { lesson, hotlines, site: siteInfo, lessonUrl, qr };
}
