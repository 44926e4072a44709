/**
 * One stylesheet for what pages share. Left alone, the build splits component styles into a file
 * per component group (nine small files on a lesson page); each costs a request and compresses
 * worse alone. This puts the server-side build's modules for the page shell (header, numbers
 * bar, search box, reading controls, footer, breadcrumbs) and for lesson pages (story, warnings,
 * steps, numbers, sources, quiz) into one chunk, `site`, whose CSS every page loads and the
 * browser caches once. (A separate shell chunk is not possible: the bundler pulls a group's
 * dependencies into it, and the lesson layout depends on the shell.)
 *
 * Page-specific parts (home, help, print centre, handouts, slides) keep their own small files.
 * The browser's JavaScript is not grouped, so the quiz's code still loads only with the quiz.
 */
import type { Plugin } from 'vite';

const SHARED = [
  // the shell of every page
  'layouts/BaseLayout',
  'components/Header',
  'components/HotlineBar',
  'components/SearchForm',
  'components/ReadingControls',
  'components/ReadingPrefsScript',
  'components/Footer',
  'components/Breadcrumbs',
  // what the home, help, search and not-found pages share: one stylesheet fewer to wait for
  'components/HelpCallout',
  'components/TrackCards',
  'components/CommonQuestions',
  'components/SearchResults',
  'components/OfflineSave',
  'components/ReadAloudBar',
  // lesson pages
  'layouts/LessonLayout',
  'components/RememberBox',
  'components/CaseStory',
  'components/Warning',
  'components/Steps',
  'components/Notes',
  'components/RedFlags',
  'components/ActionSteps',
  'components/HotlineCards',
  'components/QuizWorksheet',
  'components/SourceList',
  'components/LessonTakeaway',
  'components/PrevNext',
  'components/QuizIsland',
  'islands/',
];

/** The chunk a module's styles belong to, or undefined to leave it to the bundler. */
export function stylesheetChunk(id: string): 'site' | undefined {
  const path = id.split('?')[0] ?? id;
  return SHARED.some((name) => path.includes(`/src/${name}`)) ? 'site' : undefined;
}

export function groupedStylesheets(): Plugin {
  return {
    name: 'purse-guard:grouped-stylesheets',
    configEnvironment(name) {
      if (name === 'client') return undefined;
      return { build: { rollupOptions: { output: { manualChunks: stylesheetChunk } } } };
    },
  };
}
