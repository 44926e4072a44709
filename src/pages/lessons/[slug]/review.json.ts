/**
 * What a review of a lesson can ask (src/lib/review/review-questions.ts): its own small file, so
 * the review page fetches only the lessons due, and a reader's phone keeps only those.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDrills, getLessons, getSpotRound } from '@/lib/lessons';
import { lessonReviewData } from '@/lib/review/review-questions';

export const getStaticPaths = (async () => {
  const [lessons, drills, spot] = await Promise.all([getLessons(), getDrills(), getSpotRound()]);
  return lessons.map((lesson) => ({
    params: { slug: lesson.id },
    props: { review: lessonReviewData(lesson, drills, spot) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['review']), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
