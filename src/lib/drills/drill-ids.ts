/**
 * The element ids a drill's page makes from the drill's own step and ending ids. Kebab-case ids
 * never contain "--", so a feedback id cannot clash with a step; the suffixes below could, so the
 * graph check refuses step and ending ids that end in them.
 */

/** The element id of a choice's feedback: the step's id and the choice's number (from 1). */
export const feedbackId = (stepId: string, choiceIndex: number): string => `${stepId}--${choiceIndex + 1}`;

/** The heading of a step, a feedback screen or an ending. */
export const headingId = (screenId: string): string => `${screenId}${HEADING_SUFFIX}`;

/** The hotlines box of an ending. */
export const numbersId = (endingId: string): string => `${endingId}${NUMBERS_SUFFIX}`;

const HEADING_SUFFIX = '-heading';
const NUMBERS_SUFFIX = '-numbers';

/** The suffixes the page adds to a drill's ids: an id of the drill's own may not end in one. */
export const DERIVED_ID_SUFFIXES: readonly string[] = [HEADING_SUFFIX, NUMBERS_SUFFIX];
