/** What every printed sheet of a lesson needs: its numbers, the organisation, its address and QR. */
import { getHotlines, getSiteInfo, type Lesson } from '../lessons';
import { qrSvg } from './qr';
import { absoluteUrl, routes } from '../routes';
import { requireSite } from '../site-url';

export async function sheetData(lesson: Lesson, site: URL | undefined) {
  const lessonUrl = absoluteUrl(requireSite(site, 'QR codes'), routes.lesson(lesson.id));
  const [hotlines, siteInfo, qr] = await Promise.all([
    getHotlines(lesson.data.hotlines, lesson.data.bank),
    getSiteInfo(),
    qrSvg(lessonUrl),
  ]);
  return { lesson, hotlines, site: siteInfo, lessonUrl, qr };
}

export type SheetData = Awaited<ReturnType<typeof sheetData>>;
