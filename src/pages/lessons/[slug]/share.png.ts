/**
 * A lesson's share picture (PNG, 750 px wide) for a family's WeChat group: the lesson in large
 * type with a QR code back to it (src/lib/share-card/). The lesson page offers it under 转给家人.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLessons } from '@/lib/lessons';
import { requireSite } from '@/lib/site-url';
import { lessonPicture } from '@/lib/share-card/lesson-pictures';

export const getStaticPaths = (async () =>
  (await getLessons()).map((lesson) => ({
    params: { slug: lesson.id },
    props: { lesson },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lesson: Awaited<ReturnType<typeof getLessons>>[number] }> = async ({
  props,
  site,
}) => {
  const picture = await lessonPicture(props.lesson, requireSite(site, 'share pictures'));
  return new Response(new Uint8Array(picture.png), { headers: { 'Content-Type': 'image/png' } });
};
