/**
 * The words the search page's scripts show, chosen on the server (search.astro, from
 * ui-strings) and embedded in the page as JSON (<script type="application/json"
 * id="search-text">): the scripts then need none of the site's other strings, which would add
 * 2.5 KB gzip to the first search. This module imports nothing, so scripts can use it freely.
 */
export const SEARCH_TEXT_ID = 'search-text';

export interface SearchText {
  loading: string;
  /** {n}: how many lessons. */
  count: string;
  /** {q}: the reader's query. */
  none: string;
  empty: string;
  unavailable: string;
  allTracks: string;
  handout: string;
  slides: string;
}

/** Fills {name} placeholders with values (the result is set as text, never as HTML). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** The page's search text, or {} when the page has none. */
export function readSearchText(): Partial<SearchText> {
  try {
    return JSON.parse(document.getElementById(SEARCH_TEXT_ID)?.textContent ?? '{}') as Partial<SearchText>;
  } catch {
    return {};
  }
}
