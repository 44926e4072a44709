/** This site's traditional → simplified table, built from its lessons (for the search page). */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { getLessons } from '../lessons';
import { searchableText } from './site-words';
import { traditionalTableFor, type TraditionalTable } from './traditional';

let table: Promise<TraditionalTable> | undefined;

export function traditionalTable(): Promise<TraditionalTable> {
  table ??= getLessons().then((lessons) =>
    traditionalTableFor(searchableText(lessons), TSCharacters, TSPhrases),
  );
  return table;
}
