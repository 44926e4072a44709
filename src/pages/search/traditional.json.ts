/**
 * /search/traditional.json: the traditional → simplified table for this site's words (see
 * src/lib/search/traditional.ts), fetched by the search page only for a query that needs it.
 */
import type { APIRoute } from 'astro';
import { traditionalTable } from '@/lib/search/site-traditional';

export const GET: APIRoute = async () => Response.json(await traditionalTable());
