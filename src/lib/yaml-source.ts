/** A content file's YAML text as data, or one error line naming the file (the checks' first step). */
import { parse } from 'yaml';

export function parseYaml(
  file: string,
  source: string,
): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: parse(source) };
  } catch (error) {
    return {
      ok: false,
      error: `${file}: (YAML): cannot be read: ${(error as Error).message.split('\n')[0]}`,
    };
  }
}
