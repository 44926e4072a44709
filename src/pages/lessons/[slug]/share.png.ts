/**
 * A lesson's share picture (PNG, 750 px wide) for a family's WeChat group: the lesson in large
 * type with a QR code back to it (src/lib/share-card/). The lesson page offers it under 转给家人.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHotlines, getLessons, getShell } from '@/lib/lessons';
import { absoluteUrl, routes } from '@/lib/routes';
import { requireSite } from '@/lib/site-url';
import { cardLabels, lessonCard } from '@/lib/share-card/lesson-card';
import { checkSharePicture, SHARE_PICTURE_CACHE } from '@/lib/share-card/picture-check';
import { renderShareCard } from '@/lib/share-card/render-card';

export const getStaticPaths = (async () =>
  (await getLessons()).map((lesson) => ({
    params: { slug: lesson.id },
    props: { lesson },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lesson: Awaited<ReturnType<typeof getLessons>>[number] }> = async ({
  props,
  site,
}) => {
  const { lesson } = props;
  const [shell, hotlines] = await Promise.all([
    getShell(),
    getHotlines(lesson.data.hotlines, lesson.data.bank),
  ]);
  const url = absoluteUrl(requireSite(site, 'share pictures'), routes.lesson(lesson.id));
  const name = `${lesson.id}: share picture`;
  const picture = await renderShareCard(
    lessonCard(lesson.data, hotlines, shell.site, url),
    cardLabels,
    name,
    SHARE_PICTURE_CACHE,
  );
  checkSharePicture(name, picture);
  return new Response(new Uint8Array(picture.png), { headers: { 'Content-Type': 'image/png' } });
};
