import { describe, expect, it } from 'vitest';
import { createContentQueries } from '../../src/lib/content-queries';
import { loadContentFromDisk } from '../../src/lib/content-from-disk';

const source = loadContentFromDisk();
const q = createContentQueries(source);

describe('content queries', () => {
  it('orders tracks as tracks.yaml says', () => {
    expect(q.tracks().map((t) => t.id)).toEqual(['telecom', 'fundraising', 'cards']);
  });

  it('returns every lesson, track by track, each track in its order', () => {
    const lessons = q.lessons();
    expect(lessons).toHaveLength(source.lessons.length);
    const trackIds = q.tracks().map((t) => t.id);
    const keys = lessons.map((l) => [trackIds.indexOf(l.data.track), l.data.order] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });

  it('finds a lesson by its slug (the file name), and nothing for an unknown slug', () => {
    const first = q.lessons()[0]!;
    expect(q.lesson(first.id)?.data.title).toBe(first.data.title);
    expect(q.lesson('no-such-lesson')).toBeUndefined();
  });

  it('filters a track and counts the lessons in each', () => {
    const counts = q.lessonCounts();
    for (const track of q.tracks()) {
      const lessons = q.trackLessons(track.id);
      expect(lessons.every((l) => l.data.track === track.id)).toBe(true);
      expect(counts.get(track.id) ?? 0).toBe(lessons.length);
    }
  });

  it('links previous and next only within a track, in order', () => {
    for (const track of q.tracks()) {
      const lessons = q.trackLessons(track.id);
      lessons.forEach((lesson, i) => {
        const { previous, next } = q.neighbours(lesson.id);
        expect(previous?.id).toBe(lessons[i - 1]?.id);
        expect(next?.id).toBe(lessons[i + 1]?.id);
      });
    }
    expect(q.neighbours('no-such-lesson')).toEqual({ previous: undefined, next: undefined });
  });

  it('resolves hotline ids in the order asked, including the bank line from site.yaml', () => {
    const [antiFraud, bank] = q.hotlines(['96110', 'bank']);
    expect(antiFraud?.number).toBe('96110');
    expect(bank?.number).toBe(q.site().customerService);
    expect(() => q.hotlines(['nope'])).toThrow('unknown hotline id "nope"');
  });

  it('makes the bank line the bank a lesson’s steps mean: her card’s bank unless said', () => {
    expect(q.hotlines(['bank'])[0]?.readerBank?.role).toBe('issuer');
    expect(q.hotlines(['bank'], 'atm-owner')[0]?.readerBank?.role).toBe('atm-owner');
    expect(q.hotlines(['bank'], 'service-bank')[0]?.readerBank?.who).toBe('社保卡的服务银行');
    const own = q.hotlines(['bank'], 'organisation')[0];
    expect(own?.readerBank).toBeUndefined();
    expect(own?.name).toBe(`${q.site().shortName}客服`);
  });

  it('lists each track’s lessons under its groups, in the groups’ order, every lesson once', () => {
    for (const track of q.tracks()) {
      const groups = q.trackGroups(track.id);
      expect(groups.flatMap((entry) => entry.lessons.map((l) => l.id)).sort()).toEqual(
        q
          .trackLessons(track.id)
          .map((l) => l.id)
          .sort(),
      );
      const order = (track.groups ?? []).map((group) => group.id);
      const headed = groups.filter((entry) => entry.group).map((entry) => order.indexOf(entry.group!.id));
      expect(headed).toEqual([...headed].sort((a, b) => a - b));
      for (const { group, lessons } of groups)
        for (const lesson of lessons) expect(lesson.data.group).toBe(group?.id);
    }
  });

  it('puts lessons without a group last, under no heading', () => {
    const ungrouped = createContentQueries({
      ...source,
      lessons: source.lessons.map((l, i) => (i === 0 ? { ...l, data: { ...l.data, group: undefined } } : l)),
    });
    const first = source.lessons[0]!;
    const groups = ungrouped.trackGroups(first.data.track);
    expect(groups.at(-1)).toEqual({ group: undefined, lessons: [expect.objectContaining({ id: first.id })] });
  });

  it('loads the help guide with its steps in order', () => {
    expect(q.help().steps.length).toBeGreaterThanOrEqual(3);
    expect(q.help().steps.some((s) => s.hotlines.includes('110'))).toBe(true);
  });
});
