/**
 * Every HTML page leaves the build with a Content-Security-Policy that allows only its own inline
 * scripts and styles (page-policy.ts), and its policy is recorded for `_headers`.
 */
import { defineMiddleware } from 'astro:middleware';
import { recordPagePolicy, withOwnPolicy } from './lib/page-policy';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const { html, policy } = await withOwnPolicy(await response.text());
  if (policy) recordPagePolicy(context.url.pathname, policy);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
