/**
 * A content file split into its YAML frontmatter and its body: the one place that knows the
 * `---` fences. The build, the tests and the scripts all read lessons through here.
 */
const FENCED = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface SplitSource {
  /** The YAML between the fences. */
  yaml: string;
  /** Everything after the closing fence. */
  body: string;
  /** Where the body starts in the source (for line numbers). */
  bodyStart: number;
}

/** The frontmatter and body, or undefined when the file does not start with a --- block. */
export function splitFrontmatter(source: string): SplitSource | undefined {
  const match = FENCED.exec(source);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: source.slice(match[0].length), bodyStart: match[0].length };
}

/** The body alone (the whole source when there is no frontmatter). */
export function bodyOf(source: string): string {
  return splitFrontmatter(source)?.body ?? source;
}
