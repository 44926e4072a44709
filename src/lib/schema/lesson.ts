import { z } from 'astro/zod';
import { charCount, isoDate, listOf, requiredText, shortText, sourceSchema } from './common';
import { BANK_HOTLINE_ID } from '../hotline-ids';
import { READER_BANKS, readerBankSchema } from './reader-bank';
import { techniqueId } from './technique';

/** The ids a lesson may point at; read from tracks.yaml and hotlines.yaml. */
export interface LessonRefs {
  trackIds: readonly string[];
  hotlineIds: readonly string[];
  /** The groups each track's page lists its lessons under (tracks.yaml), by track id. */
  groupIds?: Readonly<Record<string, readonly string[]>>;
  /** The tricks scammers play (content/techniques.yaml). */
  techniqueIds?: readonly string[];
}

const quizQuestionSchema = z
  .object({
    /** A decision the reader faces, e.g. "对方要您转到安全账户。您应该?" */
    question: requiredText('question').trim().min(1),
    /** 2–4 choices; every wrong one is something people really do. */
    options: listOf(z.string().trim().min(1), 2, 4, 'options'),
    /**
     * The situation really is yes or no (接还是不接), so two options are honest; every other
     * question offers at least three (the content lint checks).
     */
    yesNo: z.literal(true, { error: 'yesNo: write `yesNo: true` or leave it out' }).optional(),
    /** The index (from 0) of the right option. */
    answer: z
      .number({ error: 'answer must be the number of the right option, counting from 0' })
      .int()
      .min(0),
    /** Why the right answer is right and the others wrong; it teaches. */
    explanation: requiredText('explanation').trim().min(1),
  })
  .superRefine((q, ctx) => {
    if (q.answer >= q.options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `answer ${q.answer} points past the ${q.options.length} options (counting from 0)`,
      });
    }
  });

/** A short line in a list (red flag, action, alias). */
const listItem = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .refine((text) => charCount(text) <= max, { message: `at most ${max} characters` });

/** A presenter's note: words worth saying aloud, 20–400 characters. */
const noteText = (what: string) =>
  requiredText(what)
    .trim()
    .refine((text) => charCount(text) >= 20 && charCount(text) <= 400, {
      message: `${what}: 20–400 characters of what to say aloud`,
    });

/**
 * Presenter notes for the slides the lesson's body does not make (the body's sections carry
 * their own <Notes>): what to say that adds to the slide — what to ask the room, what people
 * usually answer, the detail of the story — never the slide read out again. One note per quiz
 * question, in order: how to ask it and which wrong answer people pick, not the explanation again.
 */
const presenterSchema = z
  .object({
    /** The title slide: how to open the lesson. */
    opening: noteText('presenter.opening'),
    /** The warning-sign slides. */
    redFlags: noteText('presenter.redFlags'),
    /** The steps slides. */
    actions: noteText('presenter.actions'),
    /** One per quiz question, in the quiz's order. */
    quiz: listOf(noteText('presenter.quiz'), 1, undefined, 'presenter.quiz notes'),
    /** The closing slides (numbers, QR code): how to close. */
    closing: noteText('presenter.closing'),
  })
  .strict();

/**
 * The frontmatter of one lesson (content/lessons/<track>/<slug>.mdx).
 * Built from the known ids so that an unknown track or hotline stops the build by name.
 */
export function createLessonSchema({ trackIds, hotlineIds, groupIds = {}, techniqueIds = [] }: LessonRefs) {
  return z
    .object({
      /** The lesson's title, as a reader would say it. */
      title: shortText(30, 'title'),
      /** The track id (content/tracks.yaml) this lesson belongs to. */
      track: requiredText('track').refine((id) => trackIds.includes(id), {
        error: (issue) =>
          `unknown track "${String(issue.input)}"; known tracks: ${trackIds.join(', ')} (content/tracks.yaml)`,
      }),
      /** The group of its track it is listed under on the track's page (tracks.yaml `groups`). */
      group: z.string().trim().min(1).optional(),
      /** Position within its track, smallest first. */
      order: z.number({ error: 'order must be a whole number (position in the track)' }).int().min(0),
      /** One sentence, at most 60 characters: what the lesson is about. */
      summary: shortText(60, 'summary'),
      /** The one sentence to remember (记住这句话), at most 30 characters. */
      remember: shortText(30, 'remember'),
      /** 3–6 warning signs, in the words the scammer uses. */
      redFlags: listOf(listItem(40), 3, 6, 'red flags'),
      /** 3–6 things to do, each an imperative, in order. */
      actions: listOf(listItem(40), 3, 6, 'actions'),
      /** Ids from content/hotlines.yaml; no lesson writes a phone number by hand. */
      hotlines: listOf(
        z.string().refine((id) => hotlineIds.includes(id), {
          error: (issue) =>
            `unknown hotline "${String(issue.input)}"; known hotlines: ${hotlineIds.join(', ')} (content/hotlines.yaml)`,
        }),
        1,
        undefined,
        'hotlines',
      ).refine((ids) => new Set(ids).size === ids.length, { message: 'a hotline is listed twice' }),
      /**
       * Which bank the steps send the reader to when `hotlines` lists "bank": her card's issuer,
       * the ATM's own bank, her 社保卡's service bank, or this site's organisation. Pages name it
       * in words, with the site's own number only as an example.
       */
      bank: readerBankSchema.optional(),
      /**
       * The tricks this lesson's scam plays on the listener (content/techniques.yaml), most
       * central first; a lesson about a bank task with no scammer lists none.
       */
      techniques: z
        .array(techniqueId(techniqueIds))
        .refine((ids) => new Set(ids).size === ids.length, { message: 'a technique is listed twice' })
        .default([]),
      /** Everyday words people type or say for this danger (口语说法), for search; at least 6. */
      aliases: listOf(listItem(30), 6, undefined, 'aliases'),
      /** At least 3 decision questions. */
      quiz: listOf(quizQuestionSchema, 3, undefined, 'questions'),
      /** Where every fact in the lesson comes from; at least one, preferably official. */
      sources: listOf(sourceSchema, 1, undefined, 'sources'),
      /** When the lesson was last checked against its sources (YYYY-MM-DD). */
      reviewed: isoDate,
      /** Notes for the presenter on the slides the body does not make. */
      presenter: presenterSchema,
    })
    .superRefine((lesson, ctx) => {
      const groups = groupIds[lesson.track] ?? [];
      if (lesson.group !== undefined && !groups.includes(lesson.group))
        ctx.addIssue({
          code: 'custom',
          path: ['group'],
          message: groups.length
            ? `unknown group "${lesson.group}" for track ${lesson.track}; its groups: ${groups.join(', ')} (content/tracks.yaml)`
            : `track ${lesson.track} has no groups in content/tracks.yaml; remove group or add the group there`,
        });
      const listsBank = lesson.hotlines.includes(BANK_HOTLINE_ID);
      if (listsBank && lesson.bank === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['bank'],
          message: `hotlines lists "${BANK_HOTLINE_ID}": say which bank the reader should call (${READER_BANKS.join(', ')})`,
        });
      if (!listsBank && lesson.bank !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['bank'],
          message: `bank is set but hotlines does not list "${BANK_HOTLINE_ID}": add it there or remove bank`,
        });
      // Compared only when the quiz itself is whole (its own errors say what is wrong first).
      if (lesson.quiz.length >= 3 && lesson.presenter.quiz.length !== lesson.quiz.length)
        ctx.addIssue({
          code: 'custom',
          path: ['presenter', 'quiz'],
          message: `one note per quiz question: ${lesson.presenter.quiz.length} notes for ${lesson.quiz.length} questions`,
        });
    });
}

export type LessonData = z.output<ReturnType<typeof createLessonSchema>>;
export type QuizQuestion = z.output<typeof quizQuestionSchema>;
