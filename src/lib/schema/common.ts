import { z } from 'astro/zod';

/** Counts characters as a reader sees them (code points), not UTF-16 units. */
export function charCount(text: string): number {
  return [...text].length;
}

/** Text that must be present; says "required" rather than zod's type jargon when missing. */
export function requiredText(what: string) {
  return z.string({
    error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text`),
  });
}

/** A list with a minimum and maximum length, with a message that says both. */
export function listOf<T extends z.ZodType>(item: T, min: number, max: number | undefined, what: string) {
  const bounds = max === undefined ? `at least ${min}` : `${min}–${max}`;
  const list = z.array(item, { error: `${what}: write a list (${bounds} items)` }).min(min, {
    message: `needs ${bounds} ${what}`,
  });
  return max === undefined ? list : list.max(max, { message: `needs ${bounds} ${what}` });
}

/** A string with at most `max` characters, counted as a reader sees them. */
export function shortText(max: number, what: string) {
  return requiredText(what)
    .trim()
    .min(1, `${what}不能为空 (must not be empty)`)
    .refine((text) => charCount(text) <= max, {
      message: `${what}最多 ${max} 个字 (at most ${max} characters)`,
    });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date written YYYY-MM-DD, as text (content is read with YAML 1.2's core schema, which
 * leaves dates as text): it must be a real day, so 2026-02-30 is refused instead of silently
 * becoming 2 March.
 */
export const isoDate = z
  .string({ error: 'write a date as YYYY-MM-DD, e.g. 2026-11-26' })
  .transform((value, ctx) => {
    const text = value.trim();
    const match = ISO_DATE.exec(text);
    const date = match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : undefined;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-26`,
      });
      return z.NEVER;
    }
    return date;
  });

/** An absolute https URL: sources must be reachable and not downgradeable. */
export const httpsUrl = z.string().refine(
  (value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  },
  { message: 'must be an absolute https:// URL' },
);

/** An id that another content file has: "unknown lesson "x" (content/lessons)" otherwise. */
export const knownId = (ids: readonly string[], what: string, file: string) =>
  z.string().refine((id) => ids.includes(id), {
    error: (issue) => `unknown ${what} "${String(issue.input)}" (${file})`,
  });

/** A short lowercase ASCII id, used in URLs and file names. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be short kebab-case ASCII, e.g. "atm-safety"');

/** A cited source: every fact in the content comes from one of these. */
export const sourceSchema = z.object({
  /** The page or document title, as published. */
  title: z.string().trim().min(1),
  /** Who published it (prefer official: police, regulator, court, the bank). */
  publisher: z.string().trim().min(1),
  /** Where it was read. */
  url: httpsUrl,
  /** When it was read (YYYY-MM-DD). */
  accessed: isoDate,
});
