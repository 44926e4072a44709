import { z } from 'astro/zod';
import { kebabId, shortText } from './common';

/** One trick scammers play on the listener (content/techniques.yaml): drills and lessons name them. */
export const techniqueSchema = z.object({
  /** Short kebab-case id that drills and lessons use. */
  id: kebabId,
  /** What readers see, e.g. 冒充权威. */
  name: shortText(6, 'name'),
  /** What the scammer does, one sentence. */
  how: shortText(40, 'how'),
  /** What beats it, one sentence she can remember. */
  counter: shortText(40, 'counter'),
});

export type Technique = z.output<typeof techniqueSchema>;

/** A technique id that must be in the list, with an error that names the list. */
export function techniqueId(techniqueIds: readonly string[]) {
  return z.string().refine((id) => techniqueIds.includes(id), {
    error: (issue) =>
      `unknown technique "${String(issue.input)}"; known techniques: ${techniqueIds.join(', ')} (content/techniques.yaml)`,
  });
}
