/**
 * /handouts/pdfs.json: which exported PDFs exist, for the print centre's links. The build ships it
 * empty; `npm run handouts` rewrites it with the files it made.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = () => Response.json({ files: [] });
