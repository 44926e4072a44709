/**
 * The content lint of one lesson file, as lines "<file>:<line>: <what is wrong>" (or
 * "<file>: <field>: …" where the problem is in a frontmatter field read as data): Chinese
 * punctuation, numbers that only send texts told to be called, the reader's bank in words, and
 * presenter notes a presenter can read at a glance. The quiz's balance is library-wide
 * (quiz-balance.ts); its per-question rules are here too.
 */
import type { LessonData } from '../schema/lesson';
import type { SiteInfo } from '../schema/catalogue';
import { asciiPunctuation } from '../text/punctuation';
import { bankWordingProblems } from './bank-wording';
import { callsToTextOnlyNumbers } from './hotline-kinds';
import { bodyNotes, longNoteSentences, NOTE_SENTENCE_MAX } from './note-sentences';
import { questionProblems, type LintedQuestion } from './quiz-balance';

export interface LintContext {
  site: Pick<SiteInfo, 'organisation' | 'shortName' | 'customerService'>;
  /** The numbers that only send warning texts (hotlines of kind "sms"). */
  textOnlyNumbers: readonly string[];
}

/** The rules that read text line by line, for any content file (lesson or YAML). */
export function lintText(file: string, text: string, context: LintContext): string[] {
  return [
    ...asciiPunctuation(text).map(
      ({ line, mark, context: around }) =>
        `${file}:${line}: ASCII ${mark} beside Chinese text in “${around}”; use full-width punctuation`,
    ),
    ...callsToTextOnlyNumbers(text, context.textOnlyNumbers).map(
      ({ line, number, context: around }) =>
        `${file}:${line}: “${around}” tells the reader to call or reply to ${number}, which only sends warning texts`,
    ),
    ...bankWordingProblems(text, context.site).map(
      ({ line, found, why }) => `${file}:${line}: “${found}”: ${why}`,
    ),
  ];
}

/** A lesson's quiz questions, named by file and index. */
export function lintedQuestions(file: string, data: Pick<LessonData, 'quiz'>): LintedQuestion[] {
  return data.quiz.map((q, index) => ({ ...q, where: `${file}: quiz[${index}]` }));
}

/** Every note sentence over the limit, by field or body line. */
export function noteProblems(file: string, data: Pick<LessonData, 'presenter'>, body: string): string[] {
  const { opening, redFlags, actions, quiz, closing } = data.presenter;
  const fields: [string, string][] = [
    ['presenter.opening', opening],
    ['presenter.redFlags', redFlags],
    ['presenter.actions', actions],
    ...quiz.map((note, index): [string, string] => [`presenter.quiz[${index}]`, note]),
    ['presenter.closing', closing],
  ];
  const say = (sentence: string) =>
    `a sentence of ${[...sentence].length} characters (at most ${NOTE_SENTENCE_MAX}): “${sentence}”`;
  return [
    ...fields.flatMap(([field, text]) => longNoteSentences(text).map((s) => `${file}: ${field}: ${say(s)}`)),
    ...bodyNotes(body).flatMap(({ line, text }) =>
      longNoteSentences(text).map((s) => `${file}: body line ${line}: <Notes>: ${say(s)}`),
    ),
  ];
}

/** Everything the lint finds in one lesson, except the library-wide quiz balance. */
export function lintLesson(
  file: string,
  source: string,
  lesson: { data: LessonData; body: string },
  context: LintContext,
): string[] {
  return [
    ...lintText(file, source, context),
    ...noteProblems(file, lesson.data, lesson.body),
    ...lintedQuestions(file, lesson.data).flatMap(questionProblems),
  ];
}
