import { z } from 'astro/zod';
import { httpsUrl, kebabId, listOf, shortText } from './common';
import { techniqueId } from './technique';

export interface SpotRefs {
  lessonIds: readonly string[];
  techniqueIds: readonly string[];
}

export const SPOT_CHANNELS = ['sms', 'wechat', 'call', 'flyer'] as const;
export const SPOT_VERDICTS = ['scam', 'genuine'] as const;
/** A round teaches judgment, not distrust: this many messages, this many of them genuine. */
export const SPOT_MIN_MESSAGES = 16;
export const SPOT_MIN_GENUINE = 6;

/**
 * One message of 真假辨一辨 (content/spot.yaml): what her phone shows, whether it is a scam, and
 * the exact words that give it away (or show it is safe).
 */
export function createSpotMessageSchema({ lessonIds, techniqueIds }: SpotRefs) {
  return z
    .object({
      id: kebabId,
      channel: z.enum(SPOT_CHANNELS, { error: `channel must be one of: ${SPOT_CHANNELS.join(', ')}` }),
      /** What the phone shows as sender: a number, a contact, a group; a flyer's heading. */
      sender: shortText(24, 'sender'),
      /** As a phone shows it, e.g. 今天 14:20. */
      time: shortText(12, 'time'),
      /** The texts as shown (a call: what the caller says; a flyer: its lines). */
      bubbles: listOf(shortText(90, 'bubble'), 1, 4, 'bubbles'),
      verdict: z.enum(SPOT_VERDICTS, { error: 'verdict must be scam or genuine' }),
      /** Verbatim words of the sender or bubbles: what gives a scam away, or shows a message is safe. */
      clues: z.array(z.string().min(1)).max(3).default([]),
      /** Why, pointing at the clues: one or two sentences. */
      explain: shortText(70, 'explain'),
      /** The trick a scam plays (content/techniques.yaml). */
      trick: techniqueId(techniqueIds).optional(),
      /** The lesson that teaches the pattern. */
      lesson: z
        .string()
        .refine((id) => lessonIds.includes(id), {
          error: (issue) => `unknown lesson "${String(issue.input)}" (content/lessons)`,
        })
        .optional(),
      /** A genuine message: an official page showing such a message is real. */
      source: z.object({ title: z.string().trim().min(1), url: httpsUrl }).optional(),
    })
    .strict()
    .superRefine((message, ctx) => {
      const text = [message.sender, ...message.bubbles].join('\n');
      message.clues.forEach((clue, index) => {
        if (!text.includes(clue))
          ctx.addIssue({
            code: 'custom',
            path: ['clues', index],
            message: `"${clue}" is not in the message's sender or bubbles; a clue quotes the message word for word`,
          });
      });
      if (message.verdict === 'scam') {
        if (message.clues.length === 0)
          ctx.addIssue({
            code: 'custom',
            path: ['clues'],
            message: 'a scam needs the words that give it away',
          });
        if (message.lesson === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['lesson'],
            message: 'a scam names the lesson that teaches its pattern',
          });
      } else {
        if (message.source === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['source'],
            message: 'a genuine message cites the official page that shows it is real',
          });
        if (message.trick !== undefined)
          ctx.addIssue({ code: 'custom', path: ['trick'], message: 'a genuine message plays no trick' });
      }
    });
}

export function createSpotRoundSchema(refs: SpotRefs) {
  return z.array(createSpotMessageSchema(refs)).superRefine((messages, ctx) => {
    if (messages.length < SPOT_MIN_MESSAGES)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `a round needs at least ${SPOT_MIN_MESSAGES} messages`,
      });
    const genuine = messages.filter((m) => m.verdict === 'genuine').length;
    if (genuine < SPOT_MIN_GENUINE)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `a round needs at least ${SPOT_MIN_GENUINE} genuine messages (${genuine} now): distrusting everything is a failure too`,
      });
    const ids = messages.map((m) => m.id);
    const twice = ids.find((id, index) => ids.indexOf(id) !== index);
    if (twice) ctx.addIssue({ code: 'custom', path: [], message: `the id "${twice}" is used twice` });
  });
}

export type SpotMessage = z.output<ReturnType<typeof createSpotMessageSchema>>;
