/**
 * Checks a lesson's MDX body for what the frontmatter schema cannot see: only the lesson
 * components (CaseStory, Warning, Steps, Notes), each imported at the top, and every one that
 * is opened closed again. The build would otherwise stop with a stack trace that names the page
 * but not the file ("Expected component `Alarm` to be defined"). Problems come back as
 * "<file>: line <n>: <what to do>", the line counted in the whole file.
 */
import { splitFrontmatter } from './frontmatter';

export const LESSON_COMPONENTS = ['CaseStory', 'Warning', 'Steps', 'Notes'] as const;

const importLine = (name: string) => `import ${name} from '../../../src/components/${name}.astro';`;
const isLessonComponent = (name: string): boolean => (LESSON_COMPONENTS as readonly string[]).includes(name);

/** The line (1-based) at a character offset. */
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

export function checkLessonBody(file: string, source: string): string[] {
  const errors: string[] = [];
  const at = (offset: number, message: string) =>
    errors.push(`${file}: line ${lineAt(source, offset)}: ${message}`);
  const start = splitFrontmatter(source)?.bodyStart ?? 0;
  const known = LESSON_COMPONENTS.join(', ');

  const imported = new Set<string>();
  for (const match of source.slice(start).matchAll(/^import\s+(\w+)\s+from\s+['"]([^'"]+)['"];?\s*$/gm)) {
    const [, name = '', path = ''] = match;
    const offset = start + (match.index ?? 0);
    if (!isLessonComponent(name))
      at(offset, `imports ${name}, which is not a lesson component; use: ${known}`);
    else if (!path.endsWith(`/src/components/${name}.astro`))
      at(offset, `import ${name} as: ${importLine(name)}`);
    imported.add(name);
  }

  const open: { name: string; offset: number }[] = [];
  for (const match of source.slice(start).matchAll(/<(\/?)([A-Z][\w.]*)\b[^<>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = match;
    const offset = start + (match.index ?? 0);
    if (closing) {
      const last = open.pop();
      if (!last) at(offset, `</${name}> closes nothing; remove it or open <${name}> before it`);
      else if (last.name !== name)
        at(
          offset,
          `</${name}> closes <${last.name}> (line ${lineAt(source, last.offset)}); close that first`,
        );
      continue;
    }
    if (!isLessonComponent(name)) at(offset, `<${name}> is not a lesson component; use: ${known}`);
    else if (!imported.has(name))
      at(offset, `<${name}> is used but not imported; add at the top: ${importLine(name)}`);
    if (!selfClosing) open.push({ name, offset });
  }
  for (const { name, offset } of open) at(offset, `<${name}> is never closed; add </${name}> where it ends`);
  return errors;
}
