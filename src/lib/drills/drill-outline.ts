/**
 * A drill's slides as the presenter's outline (its speaker notes page), slide for slide as
 * DrillDeck.astro makes them: the title; for each step, the caller's lines then the choices with
 * where each leads and the trick; each ending (and what to do now, when it says); the QR code.
 */
import type { DrillData } from '../schema/drill';
import type { Technique } from '../schema/technique';
import { MINUTES, type OutlineSlide } from '../slides/outline';
import { choiceOutcome } from './drill-graph';

export interface DrillOutlineWords {
  stepOf: (n: number, total: number) => string;
  says: (caller: string) => string;
  vote: string;
  reply: string;
  whatNow: string;
  scan: string;
  opening: string;
  readAloud: string;
  safeNote: string;
  harmedNote: string;
  scanNote: string;
  outcome: Record<'safe' | 'harmed' | 'continue', string>;
}

export function drillOutline(
  drill: DrillData,
  techniques: readonly Technique[],
  words: DrillOutlineWords,
): OutlineSlide[] {
  const slide = (
    kind: OutlineSlide['kind'],
    heading: string,
    points: string[],
    notes: string,
  ): OutlineSlide => ({
    kind,
    heading,
    points,
    notes,
    minutes: MINUTES[kind],
  });
  const nameOf = (id: string | undefined) => techniques.find((technique) => technique.id === id)?.name;
  return [
    slide('title', drill.title, [drill.summary], words.opening),
    ...drill.steps.flatMap((step, i) => [
      slide(
        'section',
        `${words.stepOf(i + 1, drill.steps.length)}：${words.says(drill.caller)}`,
        [...(step.scene ? [step.scene] : []), ...step.says.map((line) => `“${line}”`)],
        words.readAloud,
      ),
      slide(
        'quiz',
        words.vote,
        step.choices.map((choice) => {
          const trick = nameOf(choice.trick);
          return `${choice.text} → ${words.outcome[choiceOutcome(drill, choice)]}${trick ? `（${trick}）` : ''}`;
        }),
        `${step.choices.map((choice) => choice.feedback).join(' ')} ${words.reply}：“${step.reply}”`,
      ),
    ]),
    ...drill.endings.flatMap((ending) => [
      slide(
        'section',
        ending.title,
        [ending.text],
        ending.kind === 'safe' ? words.safeNote : words.harmedNote,
      ),
      ...(ending.steps.length > 0 ? [slide('actions', words.whatNow, ending.steps, words.harmedNote)] : []),
    ]),
    slide('closing', words.scan, [], words.scanNote),
  ];
}
