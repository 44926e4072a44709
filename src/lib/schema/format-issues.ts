import type { z } from 'astro/zod';

/** Turns a zod path into the field name a writer sees in the file: quiz[1].answer. */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(frontmatter)';
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** One line per problem: "<file>: <field>: <what is wrong>". */
export function formatIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${fieldName(issue.path)}: ${issue.message}`);
}
