/**
 * The shape of a drill as a path through a conversation: every choice leads to a later step or to
 * an ending (so every path ends), every step and ending is reached, every ending says what to do.
 * The schema checks each field; this checks how the fields fit together.
 */
import type { DrillChoice, DrillData } from '../schema/drill';
import { DERIVED_ID_SUFFIXES } from './drill-ids';

export interface DrillIssue {
  /** The field, as a writer finds it in the file: steps[1].choices[0].next. */
  path: string;
  message: string;
}

/** Ids the drill's page uses itself (its start screen, the layout's landmarks). */
export const RESERVED_IDS: readonly string[] = [
  'start',
  'main',
  'top',
  'sources-heading',
  'hotlines-heading',
];

export type ChoiceOutcome = 'safe' | 'harmed' | 'continue';

/** Where a choice leads: straight to a safe or a harmed ending, or on to another step. */
export function choiceOutcome(
  drill: Pick<DrillData, 'endings'>,
  choice: Pick<DrillChoice, 'next'>,
): ChoiceOutcome {
  return drill.endings.find((ending) => ending.id === choice.next)?.kind ?? 'continue';
}

export function checkDrillGraph(drill: DrillData): DrillIssue[] {
  const issues: DrillIssue[] = [];
  const stepIndex = new Map(drill.steps.map((step, index) => [step.id, index]));
  const endingIds = new Set(drill.endings.map((ending) => ending.id));
  const ids = [...drill.steps.map((s) => s.id), ...drill.endings.map((e) => e.id)];
  for (const id of ids.filter((id) => RESERVED_IDS.includes(id)))
    issues.push({ path: 'steps', message: `the id "${id}" is taken by the page itself; choose another` });
  for (const id of ids) {
    const suffix = DERIVED_ID_SUFFIXES.find((each) => id.endsWith(each));
    if (suffix)
      issues.push({
        path: 'steps',
        message: `the id "${id}" ends in "${suffix}", which the page adds to ids of its own; choose another`,
      });
  }
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice)
    issues.push({
      path: 'steps',
      message: `the id "${twice}" is used twice (steps and endings need their own ids)`,
    });

  const start = drill.steps[0]?.id ?? '';
  const reached = new Set<string>([start]);
  drill.steps.forEach((step, i) => {
    step.choices.forEach((choice, j) => {
      const path = `steps[${i}].choices[${j}]`;
      const target = stepIndex.get(choice.next);
      if (target === undefined && !endingIds.has(choice.next)) {
        issues.push({
          path: `${path}.next`,
          message: `step "${step.id}": "${choice.next}" is not a step or an ending of this drill; the choice leads nowhere`,
        });
      } else if (target !== undefined && target <= i) {
        issues.push({
          path: `${path}.next`,
          message: `step "${step.id}": leads back to step "${choice.next}", a path with no ending; a choice leads to a later step or to an ending`,
        });
      } else {
        reached.add(choice.next);
      }
      if (drill.genuine && choice.trick !== undefined)
        issues.push({
          path: `${path}.trick`,
          message: `step "${step.id}": a genuine drill plays no trick; remove trick`,
        });
      if (!drill.genuine && choice.trick === undefined)
        issues.push({
          path: `${path}.trick`,
          message: `step "${step.id}": name the trick being played on her at this choice (content/techniques.yaml)`,
        });
    });
  });
  // A step reached only from an unreached step is unreached too: walk in file order, which is
  // the order of every path (choices only lead forward).
  const live = new Set<string>([start]);
  for (const step of drill.steps) {
    if (!live.has(step.id)) continue;
    for (const choice of step.choices) if (reached.has(choice.next)) live.add(choice.next);
  }
  drill.steps.forEach((step, i) => {
    if (!live.has(step.id))
      issues.push({ path: `steps[${i}]`, message: `step "${step.id}" is never reached by a choice` });
  });
  drill.endings.forEach((ending, i) => {
    if (!live.has(ending.id))
      issues.push({ path: `endings[${i}]`, message: `ending "${ending.id}" is never reached by a choice` });
    if (ending.hotlines.length === 0 && ending.steps.length === 0)
      issues.push({
        path: `endings[${i}]`,
        message: `ending "${ending.id}" needs at least one hotline or one step: what she did, or what to do now`,
      });
  });
  for (const kind of ['safe', 'harmed'] as const) {
    if (!drill.endings.some((ending) => ending.kind === kind))
      issues.push({ path: 'endings', message: `a drill needs at least one ${kind} ending` });
  }
  return issues;
}

/** The tricks a drill plays, each once, in the order they first come. */
export function drillTricks(drill: Pick<DrillData, 'steps'>): string[] {
  return [
    ...new Set(
      drill.steps.flatMap((step) => step.choices.flatMap((choice) => (choice.trick ? [choice.trick] : []))),
    ),
  ];
}
