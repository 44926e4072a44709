/**
 * How many of a lesson's questions go on its one-page A4 worksheet and on its answer key: the same
 * first questions on both (the key must match the sheet), as many as both pages hold at 18 pt
 * without shrinking the type, and never fewer than three. The rest are named on the worksheet
 * (“另有 2 题，扫码在网上做”): the lesson's quiz online has them all.
 *
 * Heights are estimated in body lines (18 pt × 1.35 = 8.57 mm) from the sizes in
 * WorksheetSheet.astro and AnswerKeySheet.astro, on the cautious side; the browser tests print
 * every lesson's worksheet and answer key and prove each is one page.
 */
import { linesAt } from './handout-fit';
import { optionText, type QuizItem } from '../quiz/quiz-logic';
import { ui } from '../ui-strings';

const PAGE_LINES = 273 / 8.57;
const COLUMN_MM = 186;
const PT_MM = 25.4 / 72;
/** The list's indent (1.4 em at 18 pt). */
const LIST_INDENT_MM = 1.4 * 18 * PT_MM;
/** An option's box and letter before its text (“□ A. ”). */
const OPTION_LEAD_MM = 2.6 * 18 * PT_MM;
export const MIN_PAPER_QUESTIONS = 3;

export interface PaperQuestion {
  question: string;
  options: readonly string[];
  answerText: string;
  explanation: string;
}

/**
 * A line holds about 5 % more than its width in ems: where two full-width marks meet (。”，“),
 * the browser sets one of them half-width.
 */
const PUNCTUATION_TRIM = 1.05;
const body = (text: string) => linesAt(text, 18, (COLUMN_MM - LIST_INDENT_MM) * PUNCTUATION_TRIM);
const titleLines = (title: string) => linesAt(title, 24, COLUMN_MM) * 1.25 * (24 / 18);

/** Body lines a question takes on the worksheet: the question, then each option on its own line. */
export function worksheetLines(q: PaperQuestion): number {
  const options = q.options.reduce(
    (sum, option) =>
      sum + linesAt(option, 18, (COLUMN_MM - LIST_INDENT_MM - OPTION_LEAD_MM) * PUNCTUATION_TRIM),
    0,
  );
  return body(q.question) + options + 0.35;
}

/** Body lines a question takes on the answer key: the question, the answer, and why. */
export function answerLines(q: PaperQuestion): number {
  return body(q.question) + body(q.answerText) + body(q.explanation) + 0.4;
}

/** Lines of each page around its questions: the sheet's top line, the title, the lead or foot. */
function worksheetFrame(title: string): number {
  // Top line 1.25, title, lead 1.2, the foot (a 24 mm QR code and the branch) 4.2, the note 1.
  return 1.25 + titleLines(title) + 0.5 + 1.2 + 4.2 + 1;
}
function answerFrame(title: string): number {
  return 1.25 + titleLines(title) + 0.8;
}

/** How many questions, from the first, fit on both the worksheet and the answer key. */
export function paperQuestionCount(
  title: string,
  answersTitle: string,
  questions: readonly PaperQuestion[],
): number {
  let worksheet = worksheetFrame(title);
  let answers = answerFrame(answersTitle);
  let count = 0;
  for (const q of questions) {
    worksheet += worksheetLines(q);
    answers += answerLines(q);
    if (worksheet > PAGE_LINES || answers > PAGE_LINES) break;
    count += 1;
  }
  return Math.max(Math.min(MIN_PAPER_QUESTIONS, questions.length), count);
}

/** The questions a lesson's worksheet and answer key print, and how many are left for online. */
export function paperQuiz(
  items: readonly QuizItem[],
  titles: { worksheet: string; answers: string },
): { items: QuizItem[]; left: number } {
  const count = paperQuestionCount(
    titles.worksheet,
    titles.answers,
    items.map((item) => ({
      question: item.question,
      options: item.options,
      answerText: ui.answerIs(optionText(item, item.answer)),
      explanation: item.explanation,
    })),
  );
  return { items: items.slice(0, count), left: items.length - count };
}
