import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/lib/content-files';
import { checkDrill, checkedDrills, drillRefs } from '../../src/lib/drills/drills-from-disk';
import { choiceOutcome, drillTricks } from '../../src/lib/drills/drill-graph';
import {
  emptyDrillProgress,
  parseDrillProgress,
  withEnding,
  withPlace,
} from '../../src/lib/drills/drill-progress';
import { drillOutline, drillSlides } from '../../src/lib/drills/drill-slides';
import { packsOf } from '../../src/lib/offline/packs';
import { INVALID_DRILL_FIXTURES } from '../fixtures/invalid-fixtures';

const data = loadContentData();
const refs = drillRefs(data);
const drills = checkedDrills();
const base = readFileSync('tests/fixtures/drills/base.yaml', 'utf8');

describe('the drills in content/drills', () => {
  it('are at least ten, each checked, one of them a real 96110 call', () => {
    expect(drills.length).toBeGreaterThanOrEqual(10);
    expect(drills.filter((drill) => drill.data.genuine).map((drill) => drill.id)).toEqual([
      'real-96110-call',
    ]);
  });

  it('cover the most frequent scams, each practising its lesson', () => {
    const lessonsPractised = new Set(drills.flatMap((drill) => drill.data.lessons));
    for (const lesson of [
      'impersonating-police',
      'impersonating-relatives',
      'fake-customer-service',
      'screen-sharing',
      'task-scams',
      'fake-investment',
      'elderly-care-schemes',
      'health-products',
      'pension-certification',
      'anti-fraud-tools',
    ])
      expect(lessonsPractised, lesson).toContain(lesson);
  });

  it('each end safe on some path and harmed on another, and name a trick at every choice of a scam', () => {
    for (const { id, data: drill } of drills) {
      const outcomes = drill.steps.flatMap((step) =>
        step.choices.map((choice) => choiceOutcome(drill, choice)),
      );
      expect(outcomes, id).toContain('safe');
      expect(outcomes, id).toContain('harmed');
      if (!drill.genuine) expect(drillTricks(drill).length, id).toBeGreaterThan(0);
    }
  });

  it('have their own slugs, never a lesson’s (they share /present/<slug>/)', () => {
    for (const { id } of drills) expect(refs.lessonIds).not.toContain(id);
  });
});

describe('checkDrill', () => {
  it('accepts the fixture every invalid drill is made from', () => {
    expect(checkDrill('base.yaml', base, refs)).toMatchObject({ ok: true });
  });

  for (const [fixture, { field, says }] of Object.entries(INVALID_DRILL_FIXTURES)) {
    it(`refuses ${fixture}, naming the file, ${field} and the step`, () => {
      const path = `tests/fixtures/drills/invalid/${fixture}`;
      const check = checkDrill(path, readFileSync(path, 'utf8'), refs);
      expect(check.ok).toBe(false);
      const errors = check.ok ? [] : check.errors;
      const line = errors.find((error) => error.startsWith(`${path}: ${field}: `));
      expect(line, errors.join('\n')).toContain(says);
    });
  }

  it('names the step whose choice leads nowhere', () => {
    const path = 'tests/fixtures/drills/invalid/choice-leads-nowhere.yaml';
    const check = checkDrill(path, readFileSync(path, 'utf8'), refs);
    expect(check.ok ? '' : check.errors.join('\n')).toContain('step "second-call"');
  });

  it('refuses a trick in a genuine drill, and a drill without a harmed ending', () => {
    const genuine = checkDrill('g.yaml', `genuine: true\n${base}`, refs);
    expect(genuine.ok ? [] : genuine.errors).toContain(
      'g.yaml: steps[0].choices[0].trick: step "first-call": a genuine drill plays no trick; remove trick',
    );
    const allSafe = base.replace('    kind: harmed\n', '    kind: safe\n');
    const check = checkDrill('s.yaml', allSafe, refs);
    expect(check.ok ? [] : check.errors).toContain(
      's.yaml: endings: a drill needs at least one harmed ending',
    );
  });

  it('says which line of broken YAML it cannot read', () => {
    const check = checkDrill('y.yaml', 'title: [unclosed', refs);
    expect(check.ok ? [] : check.errors[0]).toMatch(/^y\.yaml: \(YAML\): cannot be read/);
  });

  it('refuses an id the page uses itself', () => {
    const check = checkDrill('r.yaml', base.replaceAll('first-call', 'start'), refs);
    expect(check.ok ? '' : check.errors.join('\n')).toContain('the id "start" is taken by the page itself');
  });

  it.each(['first-call-heading', 'first-call-numbers'])(
    'refuses an id ending like one the page makes: %s',
    (id) => {
      const check = checkDrill('r.yaml', base.replaceAll('first-call', id), refs);
      expect(check.ok ? '' : check.errors.join('\n')).toContain(
        `the id "${id}" ends in "${id.slice(id.lastIndexOf('-'))}", which the page adds to ids of its own`,
      );
    },
  );
});

describe('a drill as slides for a room', () => {
  const hotlinesOf = (drill: (typeof drills)[number]['data']) =>
    Object.fromEntries(
      drill.endings.map((ending) => [
        ending.id,
        data.hotlines.filter((hotline) => ending.hotlines.includes(hotline.id)),
      ]),
    );

  it.each(drills.map((drill) => [drill.id, drill.data] as const))(
    '%s: the title, two slides a step, each ending (what to do now apart), the QR code; the notes follow',
    (_, drill) => {
      const slides = drillSlides(drill, data.techniques, hotlinesOf(drill));
      expect(slides.map((slide) => slide.kind)).toEqual([
        'title',
        ...drill.steps.flatMap(() => ['call', 'vote']),
        ...drill.endings.flatMap((ending) => (ending.steps.length > 0 ? ['ending', 'what-now'] : ['ending'])),
        'closing',
      ]);
      const outline = drillOutline(slides);
      expect(outline.map((slide) => slide.heading)).toEqual(slides.map((slide) => slide.heading));
      expect(outline.filter((slide) => slide.kind === 'quiz')).toHaveLength(drill.steps.length);
    },
  );

  it('reveals where each choice leads and its trick; a real call says 接着听, a scam 骗子接着说', () => {
    const marks = (drill: (typeof drills)[number]['data']) =>
      drillSlides(drill, data.techniques, hotlinesOf(drill)).flatMap((slide) =>
        slide.kind === 'vote' ? slide.choices.map((choice) => choice.mark) : [],
      );
    const real = drills.find((drill) => drill.data.genuine)!.data;
    const scam = drills.find((drill) => drill.id === 'police-safe-account')!.data;
    expect(marks(real)).toContain('→ 接着听');
    expect(marks(real)).not.toContain('→ 骗子接着说');
    expect(marks(scam)).toContain('→ 骗子接着说');
    const firstVote = drillSlides(scam, data.techniques, hotlinesOf(scam)).find(
      (slide) => slide.kind === 'vote',
    );
    expect(firstVote?.kind === 'vote' && firstVote.choices.map((choice) => choice.trick)).toEqual(
      scam.steps[0]!.choices.map((choice) => data.techniques.find((each) => each.id === choice.trick)?.name),
    );
  });

  it('puts the numbers on the ending: on its own slide, or on what to do now when it has steps', () => {
    const scam = drills.find((drill) => drill.id === 'police-safe-account')!.data;
    const slides = drillSlides(scam, data.techniques, hotlinesOf(scam));
    const harmed = scam.endings.find((ending) => ending.kind === 'harmed' && ending.steps.length > 0)!;
    const at = slides.findIndex((slide) => slide.kind === 'ending' && slide.heading.endsWith(harmed.title));
    const whatNow = slides[at + 1];
    expect(slides[at]?.kind === 'ending' && slides[at].numbers).toBe('');
    expect(whatNow?.kind === 'what-now' && whatNow.numbers).toContain('110');
  });
});

describe('drill progress on the device', () => {
  it('keeps her place and counts endings; an ending clears the place', () => {
    let progress = withPlace(emptyDrillProgress(), 'police-safe-account', 'second-call');
    expect(progress.drills['police-safe-account']).toEqual({ place: 'second-call', safe: 0, harmed: 0 });
    progress = withEnding(progress, 'police-safe-account', 'harmed');
    progress = withEnding(progress, 'police-safe-account', 'safe');
    expect(progress.drills['police-safe-account']).toEqual({ safe: 1, harmed: 1 });
    expect(parseDrillProgress(JSON.stringify(progress))).toEqual(progress);
  });

  it('starts afresh, quietly, from anything corrupted', () => {
    for (const raw of ['{', 'null', '[]', '{"version":2,"drills":{}}', '{"version":1,"drills":"x"}'])
      expect(parseDrillProgress(raw)).toEqual(emptyDrillProgress());
    const mixed = JSON.stringify({
      version: 1,
      drills: {
        good: { safe: 1, harmed: 0, place: 'a-b' },
        bad: { safe: -1, harmed: 0 },
        '<x>': { safe: 1, harmed: 1 },
      },
    });
    expect(parseDrillProgress(mixed).drills).toEqual({ good: { place: 'a-b', safe: 1, harmed: 0 } });
  });
});

describe('offline packs', () => {
  it('save the drills and 真假辨一辨 with the lessons, the cards with print, the decks with slides', () => {
    expect(packsOf('/drills/')).toEqual(['lessons']);
    expect(packsOf('/drills/police-safe-account/')).toEqual(['lessons']);
    expect(packsOf('/spot/')).toEqual(['lessons']);
    expect(packsOf('/drills/police-safe-account/cards/')).toEqual(['print']);
    expect(packsOf('/present/police-safe-account/')).toEqual(['slides']);
  });
});

it('every fixture in tests/fixtures/drills/invalid differs from the base in one place only', () => {
  for (const fixture of readdirSync('tests/fixtures/drills/invalid')) {
    const lines = readFileSync(`tests/fixtures/drills/invalid/${fixture}`, 'utf8').split('\n');
    const baseLines = base.split('\n');
    const changed = baseLines.filter((line, i) => lines[i] !== line);
    expect(changed.length, fixture).toBeGreaterThan(0);
    expect(Math.abs(lines.length - baseLines.length), fixture).toBeLessThanOrEqual(4);
  }
});
