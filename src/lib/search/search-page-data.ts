/**
 * What the search page hands its scripts in data attributes: the track filter and the
 * traditional characters worth converting. (The words they show they import themselves, from
 * ui-strings/search.ts.)
 */
import type { Track } from '../schema/catalogue';
import { traditionalCharsOf, type TraditionalTable } from './traditional';

export interface SearchPageData {
  /** For the track filter: id and title of each track, in order. */
  tracks: { id: string; title: string }[];
  /** A query with one of these characters loads /search/traditional.json first. */
  traditional: string;
}

export function searchPageData(tracks: readonly Track[], table: TraditionalTable): SearchPageData {
  return {
    tracks: tracks.map(({ id, title }) => ({ id, title })),
    traditional: traditionalCharsOf(table),
  };
}
