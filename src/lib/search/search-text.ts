/**
 * The shape of the words the search page's scripts show (their values are in
 * ui-strings/search.ts, which the scripts import alone), and filling in their placeholders.
 */

export interface SearchText {
  loading: string;
  /** {n}: how many lessons. */
  count: string;
  /** {q}: the reader's query. */
  none: string;
  empty: string;
  unavailable: string;
  allTracks: string;
}

/** Fills {name} placeholders with values (the result is set as text, never as HTML). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
