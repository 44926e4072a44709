/**
 * Every HTML page leaves the build with a Content-Security-Policy that allows only its own inline
 * scripts and styles (page-policy.ts), and its policy is recorded for `_headers`. The build's first
 * page also starts the lessons' share pictures, drawn in child processes while the pages render
 * (lesson-pictures.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { recordPagePolicy, withOwnPolicy } from './lib/page-policy';
import { startLessonPictures } from './lib/share-card/lesson-pictures';

export const onRequest = defineMiddleware(async (context, next) => {
  if (!import.meta.env.DEV && context.site) startLessonPictures(context.site);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const { html, policy } = await withOwnPolicy(await response.text());
  if (policy) recordPagePolicy(context.url.pathname, policy);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
