/** The build's clocks time the integrations' work after the build without changing it. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { buildTimings, timedIntegrations, type HookTiming } from '../../src/integrations/build-timings';

type DoneOptions = Parameters<NonNullable<AstroIntegration['hooks']['astro:build:done']>>[0];
const doneOptions = { pages: [], dir: new URL('file:///tmp/dist/') } as unknown as DoneOptions;

describe('timedIntegrations', () => {
  it('times each build:done hook, passes its options on and leaves other hooks alone', async () => {
    const seen: unknown[] = [];
    const setup = () => undefined;
    const integrations: AstroIntegration[] = [
      { name: 'a', hooks: { 'astro:config:setup': setup } },
      {
        name: 'b',
        hooks: {
          'astro:build:done': async (options) => {
            seen.push(options);
            await new Promise((resolve) => setTimeout(resolve, 20));
          },
        },
      },
    ];
    const timings: HookTiming[] = [];
    const [a, b] = timedIntegrations(integrations, timings);
    expect(a).toBe(integrations[0]);
    expect(b!.hooks['astro:config:setup']).toBeUndefined();
    await b!.hooks['astro:build:done']!(doneOptions);
    expect(seen).toEqual([doneOptions]);
    expect(timings).toHaveLength(1);
    expect(timings[0]).toMatchObject({ integration: 'b', hook: 'astro:build:done' });
    expect(timings[0]!.ms).toBeGreaterThanOrEqual(15);
  });

  it('records a hook that throws, and still throws', async () => {
    const timings: HookTiming[] = [];
    const [failing] = timedIntegrations(
      [
        {
          name: 'c',
          hooks: {
            'astro:build:done': () => {
              throw new Error('broken');
            },
          },
        },
      ],
      timings,
    );
    await expect(failing!.hooks['astro:build:done']!(doneOptions)).rejects.toThrow('broken');
    expect(timings.map((t) => t.integration)).toEqual(['c']);
  });
});

describe('buildTimings', () => {
  it('writes the timings to the file it is given', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'build-timings-')), 'sub', 'timings.json');
    const timings: HookTiming[] = [{ integration: 'x', hook: 'astro:build:done', ms: 12.5 }];
    await buildTimings(timings, file).hooks['astro:build:done']!(doneOptions);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ hooks: timings });
  });

  it('does nothing without a file (a build that was not asked for timings)', async () => {
    await expect(buildTimings([], '').hooks['astro:build:done']!(doneOptions)).resolves.toBeUndefined();
  });
});
