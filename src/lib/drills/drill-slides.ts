/**
 * A drill's slides for a room, described once: DrillDeck.astro draws them and the speaker notes
 * list them, so the two cannot drift apart. The title; for each step, the caller's lines, then the
 * choices lettered for a show of hands with where each leads and the trick; each ending (and, on a
 * slide of its own, what to do now when it says); the QR code to play it at home.
 */
import type { Hotline } from '../schema/catalogue';
import type { DrillData } from '../schema/drill';
import type { Technique } from '../schema/technique';
import { OPTION_LABELS } from '../quiz/quiz-logic';
import { MINUTES, type OutlineSlide } from '../slides/outline';
import { practiceText as t } from '../ui-strings/practice';
import { choiceOutcome, type ChoiceOutcome } from './drill-graph';

export interface DrillRoomChoice {
  letter: string;
  text: string;
  outcome: ChoiceOutcome;
  /** Where it leads, as the reveal says it: ✓ 守住了, ✗ 上当了, → 骗子接着说 (→ 接着听 in a real call). */
  mark: string;
  /** The trick's name, when the choice names one. */
  trick: string | undefined;
}

interface SlideBase {
  heading: string;
  /** What the presenter says (the notes). */
  notes: string;
}

export type DrillSlide = SlideBase &
  (
    | { kind: 'title'; summary: string }
    | { kind: 'call'; scene: string | undefined; lines: readonly string[] }
    | { kind: 'vote'; choices: DrillRoomChoice[] }
    | { kind: 'ending'; ending: 'safe' | 'harmed'; text: string; numbers: string }
    | { kind: 'what-now'; steps: readonly string[]; numbers: string }
    | { kind: 'closing' }
  );

/** The numbers to call on an ending's slide, in one line: the reader's own bank by its paper name. */
export const callNumbersLine = (hotlines: readonly Hotline[]): string =>
  hotlines
    .filter((hotline) => hotline.kind === 'call')
    .map((hotline) => (hotline.readerBank ? hotline.readerBank.paper : `${hotline.number} ${hotline.name}`))
    .join('　');

export function drillSlides(
  drill: DrillData,
  techniques: readonly Technique[],
  endingHotlines: Readonly<Record<string, readonly Hotline[]>>,
): DrillSlide[] {
  const nameOf = (id: string | undefined) => techniques.find((technique) => technique.id === id)?.name;
  // In a real call (96110) the caller is not a scammer: the room hears her out.
  const marks = drill.genuine ? { ...t.slidesOutcome, continue: t.slidesGenuineContinue } : t.slidesOutcome;
  return [
    { kind: 'title', heading: drill.title, summary: drill.summary, notes: t.slidesOpening },
    ...drill.steps.flatMap((step, i): DrillSlide[] => [
      {
        kind: 'call',
        heading: `${t.drillStepOf(i + 1, drill.steps.length)}：${t.drillSays(drill.caller)}`,
        scene: step.scene,
        lines: step.says,
        notes: t.slidesReadAloud,
      },
      {
        kind: 'vote',
        heading: t.slidesVote,
        choices: step.choices.map((choice, j) => {
          const outcome = choiceOutcome(drill, choice);
          return {
            letter: OPTION_LABELS[j] ?? String(j + 1),
            text: choice.text,
            outcome,
            mark: marks[outcome],
            trick: nameOf(choice.trick),
          };
        }),
        notes: `${step.choices.map((choice, j) => `${OPTION_LABELS[j]}：${choice.feedback}`).join(' ')} ${t.slidesReply}：“${step.reply}”`,
      },
    ]),
    ...drill.endings.flatMap((ending): DrillSlide[] => {
      const numbers = callNumbersLine(endingHotlines[ending.id] ?? []);
      const harmedNote = t.slidesHarmedNote;
      // What happened, then (a slide of its own, so both fit) what to do now and whom to call.
      return [
        {
          kind: 'ending',
          ending: ending.kind,
          heading: `${ending.kind === 'safe' ? '✓' : '✗'} ${ending.title}`,
          text: ending.text,
          numbers: ending.steps.length === 0 ? numbers : '',
          notes: ending.kind === 'safe' ? t.slidesSafeNote : harmedNote,
        },
        ...(ending.steps.length > 0
          ? [
              {
                kind: 'what-now' as const,
                heading: t.drillWhatNow,
                steps: ending.steps,
                numbers,
                notes: harmedNote,
              },
            ]
          : []),
      ];
    }),
    { kind: 'closing', heading: t.slidesScan, notes: t.slidesScanNote },
  ];
}

/** Each slide's kind as the deck and the notes know it (a vote is a quiz: the next key reveals it). */
export const OUTLINE_KIND = {
  title: 'title',
  call: 'section',
  vote: 'quiz',
  ending: 'section',
  'what-now': 'actions',
  closing: 'closing',
} as const satisfies Record<DrillSlide['kind'], OutlineSlide['kind']>;

/** What each slide shows, in a few short lines, for the speaker notes. */
function points(slide: DrillSlide): string[] {
  switch (slide.kind) {
    case 'title':
      return [slide.summary];
    case 'call':
      return [...(slide.scene ? [slide.scene] : []), ...slide.lines.map((line) => `“${line}”`)];
    case 'vote':
      return slide.choices.map(
        (choice) =>
          `${choice.letter}. ${choice.text} ${choice.mark}${choice.trick ? `（${choice.trick}）` : ''}`,
      );
    case 'ending':
      return [slide.text, ...(slide.numbers ? [slide.numbers] : [])];
    case 'what-now':
      return [...slide.steps, ...(slide.numbers ? [slide.numbers] : [])];
    case 'closing':
      return [];
  }
}

/** The drill's slides as the presenter's outline: its speaker notes page and the event's run sheet. */
export const drillOutline = (slides: readonly DrillSlide[]): OutlineSlide[] =>
  slides.map((slide) => ({
    kind: OUTLINE_KIND[slide.kind],
    heading: slide.heading,
    points: points(slide),
    notes: slide.notes,
    minutes: MINUTES[OUTLINE_KIND[slide.kind]],
  }));
