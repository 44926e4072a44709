/**
 * The drills (content/drills/<slug>.yaml) and the 真假辨一辨 round (content/spot.yaml), read from
 * disk and checked: for the build's content loader, the unit tests and the scripts alike. A broken
 * file stops the build with one line per problem naming the file, the field and the step.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseYaml } from '../yaml-source';
import { CONTENT_DIR, loadContentData, type ContentData } from '../content-files';
import { lessonFilePaths } from '../content-from-disk';
import { formatIssues } from '../schema/format-issues';
import { createDrillSchema, type DrillData, type DrillRefs } from '../schema/drill';
import { createSpotRoundSchema, type SpotMessage } from '../schema/spot';
import { checkDrillGraph } from './drill-graph';

export const DRILLS_DIR = `${CONTENT_DIR}/drills`;
export const SPOT_FILE = `${CONTENT_DIR}/spot.yaml`;

export interface DiskDrill {
  id: string;
  filePath: string;
  data: DrillData;
}

export type DrillCheck = { ok: true; data: DrillData } | { ok: false; errors: string[] };

/** Checks one drill file's text: its fields, then how its steps and endings fit together. */
export function checkDrill(file: string, source: string, refs: DrillRefs): DrillCheck {
  const yaml = parseYaml(file, source);
  if (!yaml.ok) return { ok: false, errors: [yaml.error] };
  const result = createDrillSchema(refs).safeParse(yaml.value);
  if (!result.success) return { ok: false, errors: formatIssues(file, result.error) };
  const issues = checkDrillGraph(result.data);
  if (issues.length > 0) return { ok: false, errors: issues.map((i) => `${file}: ${i.path}: ${i.message}`) };
  return { ok: true, data: result.data };
}

export function drillRefs(
  data: Pick<ContentData, 'hotlines' | 'techniques'>,
  root = process.cwd(),
): DrillRefs {
  return {
    hotlineIds: data.hotlines.map((h) => h.id),
    techniqueIds: data.techniques.map((t) => t.id),
    lessonIds: lessonFilePaths(root).map((path) => basename(path, '.mdx')),
  };
}

export function drillFilePaths(root = process.cwd()): string[] {
  const dir = join(root, DRILLS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `${DRILLS_DIR}/${name}`);
}

/** Every drill, checked, in their `order`; or one error listing every problem of every broken drill. */
export function checkedDrills(root = process.cwd(), data: ContentData = loadContentData(root)): DiskDrill[] {
  const refs = drillRefs(data, root);
  const errors: string[] = [];
  const drills: DiskDrill[] = [];
  for (const filePath of drillFilePaths(root)) {
    const id = basename(filePath, '.yaml');
    // Lessons and drills share /present/<slug>/: a drill named like a lesson would hide one.
    if (refs.lessonIds.includes(id)) {
      errors.push(
        `${filePath}: (file name): "${id}" is a lesson's slug too; give the drill a name of its own`,
      );
      continue;
    }
    const check = checkDrill(filePath, readFileSync(join(root, filePath), 'utf8'), refs);
    if (check.ok) drills.push({ id, filePath, data: check.data });
    else errors.push(...check.errors);
  }
  if (errors.length > 0) throw new Error(`Invalid drill\n${errors.join('\n')}`);
  return drills.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The 真假辨一辨 round, checked; none when the file is missing. */
export function checkedSpotRound(
  root = process.cwd(),
  data: ContentData = loadContentData(root),
): SpotMessage[] {
  const file = join(root, SPOT_FILE);
  if (!existsSync(file)) return [];
  const yaml = parseYaml(SPOT_FILE, readFileSync(file, 'utf8'));
  if (!yaml.ok) throw new Error(`Invalid content file\n${yaml.error}`);
  const refs = drillRefs(data, root);
  const result = createSpotRoundSchema(refs).safeParse(yaml.value);
  if (!result.success)
    throw new Error(`Invalid content file\n${formatIssues(SPOT_FILE, result.error).join('\n')}`);
  return result.data;
}
