import { z } from 'astro/zod';
import { isoDate, kebabId, listOf, shortText, sourceSchema, knownId } from './common';
import { techniqueId } from './technique';

/** The ids a drill may point at. */
export interface DrillRefs {
  hotlineIds: readonly string[];
  lessonIds: readonly string[];
  techniqueIds: readonly string[];
}

export const DRILL_CHANNELS = ['call', 'video', 'wechat', 'sms', 'visit', 'lecture'] as const;
export const ENDING_KINDS = ['safe', 'harmed'] as const;

/**
 * One scam-call drill (content/drills/<slug>.yaml): a short branching scene from a real case.
 * The steps are in the order the conversation happens; the first is where it starts. Built from
 * the known ids so an unknown hotline, lesson or technique stops the build by name; the graph
 * (every choice leads somewhere, every path ends) is checked by checkDrillGraph.
 */
export function createDrillSchema({ hotlineIds, lessonIds, techniqueIds }: DrillRefs) {
  const choiceSchema = z.object({
    /** What she does or says, as a button: at most 24 characters. */
    text: shortText(24, 'text'),
    /** The id of a later step or of an ending. */
    next: kebabId,
    /** The trick being played on her at this choice (content/techniques.yaml); none in a genuine drill. */
    trick: techniqueId(techniqueIds).optional(),
    /** One sentence: names the trick and why this choice is right or wrong. */
    feedback: shortText(50, 'feedback'),
  });

  const stepSchema = z.object({
    /** Unique among the drill's steps and endings; the page's element id. */
    id: kebabId,
    /** What she sees or hears, before the caller speaks. */
    scene: shortText(40, 'scene').optional(),
    /** The caller's words, one speech bubble each. */
    says: listOf(shortText(50, 'says'), 1, 3, 'speech bubbles'),
    /** What a safe reply sounds like at this step, in her own voice (the role-play card's line). */
    reply: shortText(30, 'reply'),
    /** Two or three things she could do. */
    choices: listOf(choiceSchema, 2, 3, 'choices'),
  });

  const endingSchema = z.object({
    id: kebabId,
    /** safe: she kept her money; harmed: what to do now. */
    kind: z.enum(ENDING_KINDS, { error: `kind must be one of: ${ENDING_KINDS.join(', ')}` }),
    title: shortText(16, 'title'),
    /** What happened. */
    text: shortText(80, 'text'),
    /** The numbers she called or should call now. */
    hotlines: z.array(knownId(hotlineIds, 'hotline', 'content/hotlines.yaml')).default([]),
    /** What to do now, in order (a harmed ending). */
    steps: z.array(shortText(30, 'step')).max(4).default([]),
  });

  return z
    .object({
      /** The drill's title. */
      title: shortText(16, 'title'),
      /** One sentence: the scene. */
      summary: shortText(60, 'summary'),
      /** Position in /drills/, smallest first. */
      order: z.number({ error: 'order must be a whole number' }).int().min(0),
      /** How the scammer reaches her. */
      channel: z.enum(DRILL_CHANNELS, { error: `channel must be one of: ${DRILL_CHANNELS.join(', ')}` }),
      /** Who speaks in the bubbles. */
      caller: shortText(12, 'caller'),
      /** The caller is real (a 96110 officer): its choices name no trick. */
      genuine: z.literal(true).optional(),
      /** The lessons this drill practises. */
      lessons: listOf(knownId(lessonIds, 'lesson', 'content/lessons'), 1, 3, 'lessons'),
      /** The conversation, in order; the first step is the start. */
      steps: listOf(stepSchema, 1, 6, 'steps'),
      /** Where the paths end: at least one safe and one harmed. */
      endings: listOf(endingSchema, 2, 5, 'endings'),
      /** The case this drill follows. */
      sources: listOf(sourceSchema, 1, undefined, 'sources'),
      /** When it was last checked against its sources. */
      reviewed: isoDate,
    })
    .strict();
}

export type DrillData = z.output<ReturnType<typeof createDrillSchema>>;
export type DrillStep = DrillData['steps'][number];
export type DrillChoice = DrillStep['choices'][number];
export type DrillEnding = DrillData['endings'][number];
export type DrillChannel = DrillData['channel'];
