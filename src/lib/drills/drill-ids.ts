/** The element id of a choice's feedback: the step's id and the choice's number (from 1). */
export const feedbackId = (stepId: string, choiceIndex: number): string => `${stepId}--${choiceIndex + 1}`;
