import { describe, expect, it } from 'vitest';
import {
  chunkByLines,
  eventNeighbours,
  eventSearch,
  hashForSlide,
  keyAction,
  parseEvent,
  slideFromHash,
  splitSections,
  deckSections,
} from '../../src/lib/slides/slides';

describe('slide keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['n', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['P', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'blank'],
    ['.', 'blank'],
    ['f', 'fullscreen'],
    ['F5', 'fullscreen'],
    ['g', 'goto'],
    ['a', 'reveal'],
    // A clicker's Esc button closes what is open; it never opens the overview before the room.
    ['Escape', 'close'],
    ['o', 'overview'],
    ['?', 'help'],
    ['s', 'presenter'],
  ])('%s → %s', (key, action) => {
    expect(keyAction(key)).toBe(action);
  });

  it('ignores other keys', () => {
    expect(keyAction('x')).toBeUndefined();
    expect(keyAction('constructor')).toBeUndefined();
  });
});

describe('slide address', () => {
  it('numbers slides from 1 in the address', () => {
    expect(hashForSlide(0)).toBe('#1');
    expect(slideFromHash('#3', 10)).toBe(2);
  });

  it('clamps and falls back to the first slide', () => {
    expect(slideFromHash('#99', 10)).toBe(9);
    expect(slideFromHash('#0', 10)).toBe(0);
    expect(slideFromHash('#abc', 10)).toBe(0);
    expect(slideFromHash('', 10)).toBe(0);
  });
});

describe('chunkByLines', () => {
  it('keeps short lists on one slide', () => {
    expect(chunkByLines(['一', '二', '三'], 6, 20)).toEqual([['一', '二', '三']]);
  });

  it('splits long lists, never splitting an item', () => {
    const long = '很'.repeat(30); // two lines at 20 a line
    expect(chunkByLines([long, long, long, long], 5, 20)).toEqual([
      [long, long],
      [long, long],
    ]);
  });
});

describe('events', () => {
  it('reads the lessons and the title from the address, dropping unknown or odd ones', () => {
    const known = (slug: string) => slug !== 'gone';
    expect(parseEvent('?event=a,b,gone,../x,a&title=社区讲座', known)).toEqual({
      title: '社区讲座',
      lessons: ['a', 'b'],
    });
    expect(parseEvent('?event=', known)).toBeUndefined();
    expect(parseEvent('', known)).toBeUndefined();
  });

  it('round-trips through the address', () => {
    const plan = { title: '六月讲座', lessons: ['x', 'y'] };
    expect(parseEvent(eventSearch(plan))).toEqual(plan);
  });

  it('knows the lesson before and after', () => {
    const plan = { title: '', lessons: ['a', 'b', 'c'] };
    expect(eventNeighbours(plan, 'b')).toEqual({ previous: 'a', next: 'c' });
    expect(eventNeighbours(plan, 'a')).toEqual({ next: 'b' });
    expect(eventNeighbours(plan, 'z')).toEqual({});
  });
});

describe('splitSections', () => {
  it('cuts the body at each level-2 heading, keeping components inside their section', () => {
    const html =
      '<h2 id="a">一个故事</h2><figure class="case-story"><figcaption>王阿姨</figcaption></figure><aside data-presenter-notes hidden>讲</aside>\n<h2 id="b">怎么办</h2><ol><li>挂断</li></ol>';
    expect(splitSections(html)).toEqual([
      '<h2 id="a">一个故事</h2><figure class="case-story"><figcaption>王阿姨</figcaption></figure><aside data-presenter-notes hidden>讲</aside>',
      '<h2 id="b">怎么办</h2><ol><li>挂断</li></ol>',
    ]);
  });

  it('does not cut at h3 or at text that looks like a tag', () => {
    expect(splitSections('<h2>一</h2><h3>小</h3><p>&lt;h2&gt;</p>')).toHaveLength(1);
    expect(splitSections('<p>没有标题</p>')).toEqual([]);
  });
});

describe('deckSections', () => {
  it('leaves out a section of steps (the steps slide shows them) and carries its notes there', () => {
    const html =
      '<h2>故事</h2><p>……</p><aside class="presenter-notes" data-presenter-notes hidden>讲故事</aside>' +
      '<h2>遇到了怎么办</h2><div class="steps"><ol><li>挂断</li></ol></div>' +
      '<aside class="presenter-notes" data-presenter-notes data-pagefind-ignore hidden>先挂断，再核实</aside>' +
      '<h2>记住</h2><p>……</p>';
    const { slides, carriedNotes } = deckSections(html);
    expect(slides).toHaveLength(2);
    expect(slides[0]).toContain('讲故事');
    expect(slides.join('')).not.toContain('class="steps"');
    expect(carriedNotes).toEqual(['先挂断，再核实']);
  });
});
