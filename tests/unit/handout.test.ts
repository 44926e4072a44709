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
import { BRANCH_LIMITS, checkBranch, parseBranch, serialiseBranch } from '../../src/lib/print/branch-details';
import { branchFromHash, branchHash } from '../../src/lib/print/branch-link';
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

  it('drops warning signs before steps, never below three of each', () => {
    const long = '很'.repeat(40); // two lines each
    const result = selectHandoutItems([long, long, long, long], [long, long, long, long, long], frame);
    expect(result.redFlags).toHaveLength(MIN_RED_FLAGS);
    expect(result.actions).toHaveLength(MIN_ACTIONS);
  });

  it('keeps more than three of each when a short lesson leaves the room', () => {
    const roomy = { ...frame, title: '短', remember: '短', lessonUrl: 'https://e.org/' };
    const result = selectHandoutItems(['a', 'b', 'c', 'd', 'e'], ['1', '2', '3', '4', '5'], roomy);
    expect(result.redFlags).toHaveLength(5);
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
    const { branch, problems } = checkBranch({
      name: ' 徐州某某支行 ',
      address: '某某路 1 号',
      phone: '0516-12345678',
    });
    expect(problems).toEqual({});
    expect(branch).toEqual({ name: '徐州某某支行', address: '某某路 1 号', phone: '0516-12345678' });
    expect(parseBranch(serialiseBranch(branch))).toEqual(branch);
  });

  it('reads a phone as staff type it: full-width digits, an extension after 转 or 分机', () => {
    expect(checkBranch({ phone: '０５１６－８３３３１２３４转８００１' }).branch.phone).toBe(
      '0516-83331234转8001',
    );
    expect(checkBranch({ phone: '0516 8333 1234 分机 12' }).problems).toEqual({});
    expect(checkBranch({ phone: '(0516) 83331234' }).problems).toEqual({});
  });

  it('reports each field with a problem on its own, keeping the others', () => {
    const { branch, problems } = checkBranch({
      name: '泉山支行',
      address: '路'.repeat(80),
      phone: 'call me',
    });
    expect(problems).toEqual({ address: 'tooLong', phone: 'phone' });
    expect(branch).toEqual({ name: '泉山支行', address: '', phone: '' });
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{'],
    ['another version', JSON.stringify({ version: 2, branch: { name: 'x' } })],
    ['an empty branch', JSON.stringify({ version: 1, branch: { name: ' ' } })],
  ])('drops %s quietly', (_, raw) => {
    expect(parseBranch(raw)).toBeUndefined();
  });

  it('keeps the good fields of a saved value with one bad field', () => {
    const raw = JSON.stringify({
      version: 1,
      branch: { name: '泉山支行', address: '解放路 8 号', phone: 'call me' },
    });
    expect(parseBranch(raw)).toEqual({ name: '泉山支行', address: '解放路 8 号', phone: '' });
  });

  it('holds each field to its limit', () => {
    expect(checkBranch({ name: '长'.repeat(BRANCH_LIMITS.name) }).problems).toEqual({});
    expect(checkBranch({ name: '长'.repeat(BRANCH_LIMITS.name + 1) }).problems).toEqual({ name: 'tooLong' });
  });
});

describe('qrSvg', () => {
  it('draws an SVG with no inline styles', async () => {
    const svg = await qrSvg('https://example.org/lessons/atm-safety/');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('style=');
  });
});

describe('branch details in a link', () => {
  it('round-trips through a #fragment and is checked like a saved value', () => {
    const branch = { name: '泉山支行', address: '解放路 8 号', phone: '0516-83331234转8001' };
    expect(branchFromHash(branchHash(branch))).toEqual(branch);
    expect(branchFromHash('#branch=%7B')).toBeUndefined();
    expect(
      branchFromHash('#branch=' + encodeURIComponent(JSON.stringify({ name: '<b>x</b>', phone: 'x' }))),
    ).toEqual({
      name: '<b>x</b>',
      address: '',
      phone: '',
    });
    expect(branchFromHash('')).toBeUndefined();
  });
});
