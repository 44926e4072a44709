/**
 * A dated scam alert (content/alerts/<slug>.yaml): what is going round now, from an official
 * warning, shown first on the home page and on its lessons until it expires (at most 180 days
 * after it was issued). alerts-from-disk.ts checks the files and leaves out the expired ones.
 */
import { z } from 'astro/zod';
import { httpsUrl, isoDate, knownId, listOf, requiredText, shortText } from './common';

/** The longest an alert may stay up: scammers change their scripts within months. */
export const ALERT_MAX_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface AlertRefs {
  lessonIds: readonly string[];
  hotlineIds: readonly string[];
}

/** Sentences as a reader counts them: each ends with 。！？ (or the text's end). */
export function sentenceCount(text: string): number {
  return text
    .split(/(?<=[。！？])/)
    .map((part) => part.trim())
    .filter(Boolean).length;
}

export function createAlertSchema(refs: AlertRefs) {
  return z
    .object({
      /** What is going round, in a few words: 冒充“医保局”说您的医保卡被冻结. */
      title: shortText(24, 'title'),
      /** The day the branch publishes it (YYYY-MM-DD). */
      issued: isoDate,
      /** The last day it shows (YYYY-MM-DD): required, at most 180 days after `issued`. */
      expires: isoDate,
      /** 全国, or the place it concerns (a province, a city, a district). */
      region: shortText(20, 'region'),
      /** The scam in two or three sentences, as the warning describes it. */
      scam: shortText(120, 'scam').refine((text) => sentenceCount(text) >= 2 && sentenceCount(text) <= 3, {
        message: 'scam: write two or three sentences, each ending with 。！or？',
      }),
      /** What to do, a short step each (the printed notice holds three). */
      actions: listOf(shortText(30, 'action'), 1, 3, 'actions'),
      /** The lessons that teach the pattern (their slugs). */
      lessons: listOf(knownId(refs.lessonIds, 'lesson', 'content/lessons'), 1, 3, 'lessons'),
      /** The numbers to call (ids in content/hotlines.yaml, or "bank"). */
      hotlines: listOf(knownId(refs.hotlineIds, 'hotline', 'content/hotlines.yaml'), 1, 3, 'hotlines'),
      /** The official warning it comes from. */
      source: z.object(
        {
          /** Who issued the warning: 公安部刑侦局, 国家金融监督管理总局, a city's 公安局… */
          publisher: shortText(30, 'source publisher'),
          /** The warning's title, as published. */
          title: requiredText('source title').trim().min(1, 'source title must not be empty'),
          /** Where it was published. */
          url: httpsUrl,
          /** The day it was published (YYYY-MM-DD). */
          date: isoDate,
        },
        {
          error: (issue) =>
            issue.input === undefined
              ? 'source is required: the official warning (publisher, title, url, date) this alert comes from'
              : 'source must be a publisher, title, url and date',
        },
      ),
    })
    .superRefine((alert, ctx) => {
      const days = Math.round((alert.expires.getTime() - alert.issued.getTime()) / DAY_MS);
      if (days < 0) ctx.addIssue({ code: 'custom', path: ['expires'], message: 'expires is before issued' });
      else if (days > ALERT_MAX_DAYS)
        ctx.addIssue({
          code: 'custom',
          path: ['expires'],
          message: `expires is ${days} days after issued: an alert may stay up at most ${ALERT_MAX_DAYS} days`,
        });
      if (alert.source.date.getTime() > alert.issued.getTime())
        ctx.addIssue({
          code: 'custom',
          path: ['source', 'date'],
          message: 'the source is dated after the alert was issued',
        });
    });
}

export type AlertData = z.output<ReturnType<typeof createAlertSchema>>;
