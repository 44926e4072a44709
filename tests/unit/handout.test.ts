import { describe, expect, it } from 'vitest';
import {
  MIN_ACTIONS,
  MIN_RED_FLAGS,
  USABLE_LINES,
  estimatedLines,
  frameLines,
  printedLines,
  selectHandoutItems,
  type HandoutFrame,
} from '../../src/lib/print/handout-fit';
import { cleanBranch, parseBranch, serialiseBranch } from '../../src/lib/print/branch-details';
import { qrSvg } from '../../src/lib/print/qr';
import { createContentQueries } from '../../src/lib/content-queries';
import { loadContentFromDisk } from '../../src/lib/content-from-disk';

const frame: HandoutFrame = {
  title: '冒充公检法的电话',
  remember: '公检法不会电话办案,更没有安全账户。',
  lessonUrl: 'https://example.org/lessons/impersonating-police/',
  hotlineNames: ['反诈预警劝阻专线', '报警电话'],
};

describe('handout fit', () => {
  it('counts printed lines, Latin text at about half width', () => {
    expect(printedLines('挂断电话')).toBe(1);
    expect(printedLines('一'.repeat(30))).toBe(2);
    expect(printedLines('ATM ATM ATM ATM ATM ATM ATM')).toBe(1);
  });

  it('counts a longer title, sentence, address or more numbers as taking more room', () => {
    const base = frameLines(frame);
    expect(frameLines({ ...frame, title: '出租、出借、出售银行卡和电话卡,法律怎么说' })).toBeGreaterThan(
      base,
    );
    expect(frameLines({ ...frame, lessonUrl: `https://example.org/${'x'.repeat(80)}/` })).toBeGreaterThan(
      base,
    );
    expect(
      frameLines({
        ...frame,
        hotlineNames: [...frame.hotlineNames, '人民银行金融消费权益保护咨询投诉电话', '人社服务热线'],
      }),
    ).toBeGreaterThan(base);
  });

  it('keeps everything that fits', () => {
    expect(selectHandoutItems(['甲', '乙', '丙'], ['一', '二', '三'], frame)).toEqual({
      redFlags: ['甲', '乙', '丙'],
      actions: ['一', '二', '三'],
    });
  });

  it('drops warning signs before steps, never below two signs and three steps', () => {
    const long = '很'.repeat(40); // two lines each
    const result = selectHandoutItems([long, long, long, long], [long, long, long, long, long], frame);
    expect(result.redFlags).toHaveLength(MIN_RED_FLAGS);
    expect(result.actions).toHaveLength(MIN_ACTIONS);
  });

  it('never puts more than four warning signs or five steps on a handout', () => {
    const roomy = { ...frame, title: '短', remember: '短', lessonUrl: 'https://e.org/' };
    const result = selectHandoutItems(['a', 'b', 'c', 'd', 'e', 'f'], ['1', '2', '3', '4', '5', '6'], roomy);
    expect(result.redFlags).toHaveLength(4);
    expect(result.actions).toHaveLength(5);
  });

  it('estimates every lesson’s handout, with what it keeps, within one page', () => {
    const content = loadContentFromDisk();
    const queries = createContentQueries(content);
    const over = queries.lessons().flatMap((lesson) => {
      const lessonFrame: HandoutFrame = {
        title: lesson.data.title,
        remember: lesson.data.remember,
        lessonUrl: `https://fangpian.example.cn/lessons/${lesson.id}/`,
        hotlineNames: queries.hotlines(lesson.data.hotlines).map((hotline) => hotline.name),
      };
      const selection = selectHandoutItems(lesson.data.redFlags, lesson.data.actions, lessonFrame);
      const lines = estimatedLines(selection, lessonFrame);
      return lines <= USABLE_LINES
        ? []
        : [`${lesson.id}: ${lines.toFixed(1)} of ${USABLE_LINES.toFixed(1)} lines`];
    });
    expect(over).toEqual([]);
  });
});

describe('branch details', () => {
  it('round-trips what staff typed, trimmed', () => {
    const branch = cleanBranch({ name: ' 徐州某某支行 ', address: '某某路 1 号', phone: '0516-12345678' });
    expect(branch).toEqual({ name: '徐州某某支行', address: '某某路 1 号', phone: '0516-12345678' });
    expect(parseBranch(serialiseBranch(branch!))).toEqual(branch);
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{'],
    ['another version', JSON.stringify({ version: 2, branch: { name: 'x' } })],
    ['an empty branch', JSON.stringify({ version: 1, branch: { name: ' ' } })],
    ['a phone with letters', JSON.stringify({ version: 1, branch: { name: 'x', phone: 'call me' } })],
  ])('drops %s quietly', (_, raw) => {
    expect(parseBranch(raw)).toBeUndefined();
  });

  it('caps the length of each field', () => {
    expect(cleanBranch({ name: '长'.repeat(100) })?.name).toHaveLength(40);
  });
});

describe('qrSvg', () => {
  it('draws an SVG with no inline styles', async () => {
    const svg = await qrSvg('https://example.org/lessons/atm-safety/');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('style=');
  });
});
