import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/lib/content-files';
import { checkedSpotRound, drillRefs } from '../../src/lib/drills/drills-from-disk';
import { createSpotMessageSchema, createSpotRoundSchema } from '../../src/lib/schema/spot';
import { parseSpotAnswers, scoreRound, serialiseSpotAnswers } from '../../src/lib/spot/spot-score';
import { markClues } from '../../src/lib/text/clue-marks';

const refs = drillRefs(loadContentData());
const round = checkedSpotRound();

const scam = {
  id: 'fake-link',
  channel: 'sms',
  sender: '1069****3321',
  time: '今天 09:05',
  bubbles: ['【人社】您的社保卡已被冻结，请点击 http://xx.top/ 认证。'],
  verdict: 'scam',
  clues: ['已被冻结', 'http://xx.top/'],
  explain: '社保卡不会因此冻结，人社部门不发链接。',
  trick: 'fear',
  lesson: 'fake-social-security',
};

describe('the 真假辨一辨 round', () => {
  it('has at least 16 messages, at least 6 of them genuine, with a real 96110 call and a 12381 text', () => {
    expect(round.length).toBeGreaterThanOrEqual(16);
    const genuine = round.filter((message) => message.verdict === 'genuine');
    expect(genuine.length).toBeGreaterThanOrEqual(6);
    expect(genuine.some((m) => m.channel === 'call' && m.sender.includes('96110'))).toBe(true);
    expect(
      genuine.some(
        (m) => (m.channel === 'sms' && m.bubbles.join('').includes('12381')) || m.sender.includes('12381'),
      ),
    ).toBe(true);
  });

  it('mixes scams and genuine messages instead of putting all the scams first', () => {
    const firstHalf = round.slice(0, Math.ceil(round.length / 2));
    expect(firstHalf.some((m) => m.verdict === 'genuine')).toBe(true);
    expect(firstHalf.some((m) => m.verdict === 'scam')).toBe(true);
  });
});

describe('a spot message', () => {
  const schema = createSpotMessageSchema(refs);
  it('is accepted when its clues quote it', () => {
    expect(schema.safeParse(scam).success).toBe(true);
  });

  it('is refused when a clue is not in the message, naming the clue', () => {
    const result = schema.safeParse({ ...scam, clues: ['已被冻结', '马上转账'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['clues', 1]);
    expect(result.error?.issues[0]?.message).toContain('"马上转账" is not in the message');
  });

  it('a scam needs its lesson and clues; a genuine message needs its official source', () => {
    expect(schema.safeParse({ ...scam, lesson: undefined }).error?.issues[0]?.path).toEqual(['lesson']);
    expect(schema.safeParse({ ...scam, clues: [] }).error?.issues[0]?.path).toEqual(['clues']);
    const genuine = { ...scam, verdict: 'genuine', trick: undefined };
    expect(schema.safeParse(genuine).error?.issues[0]?.path).toEqual(['source']);
  });

  it('a round with too few genuine messages is refused: distrusting everything is a failure too', () => {
    const result = createSpotRoundSchema(refs).safeParse(
      Array.from({ length: 16 }, (_, i) => ({ ...scam, id: `m-${i}` })),
    );
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toContain(
      'at least 6 genuine messages',
    );
  });
});

describe('scoreRound', () => {
  const messages = [
    { id: 'a', verdict: 'scam' },
    { id: 'b', verdict: 'scam' },
    { id: 'c', verdict: 'genuine' },
    { id: 'd', verdict: 'genuine' },
  ] as const;

  it('counts a scam taken for normal as a miss and a genuine message taken for a scam as a false alarm', () => {
    expect(scoreRound(messages, { a: 'scam', b: 'genuine', c: 'scam', d: 'genuine' })).toEqual({
      total: 4,
      answered: 4,
      right: 2,
      misses: 1,
      falseAlarms: 1,
    });
  });

  it('a reader who calls everything a scam gets every genuine message as a false alarm', () => {
    const score = scoreRound(messages, { a: 'scam', b: 'scam', c: 'scam', d: 'scam' });
    expect(score).toMatchObject({ right: 2, misses: 0, falseAlarms: 2 });
  });

  it('counts only what she has answered', () => {
    expect(scoreRound(messages, { a: 'scam' })).toMatchObject({ answered: 1, right: 1 });
  });
});

describe('saved answers', () => {
  it('round-trip, and anything malformed is dropped quietly', () => {
    expect(parseSpotAnswers(serialiseSpotAnswers({ a: 'scam', b: 'genuine' }))).toEqual({
      a: 'scam',
      b: 'genuine',
    });
    expect(parseSpotAnswers('{')).toEqual({});
    expect(parseSpotAnswers('{"version":1,"answers":{"a":"maybe","b":"scam","<x>":"scam"}}')).toEqual({
      b: 'scam',
    });
    expect(parseSpotAnswers(null)).toEqual({});
  });
});

describe('markClues', () => {
  it('marks each clue and gives back the text unchanged', () => {
    const pieces = markClues('请于今日24点前点击链接', ['今日24点前', '链接']);
    expect(pieces).toEqual([
      { text: '请于', clue: false },
      { text: '今日24点前', clue: true },
      { text: '点击', clue: false },
      { text: '链接', clue: true },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('请于今日24点前点击链接');
  });

  it('joins overlapping clues', () => {
    expect(markClues('安全账户', ['安全', '全账户'])).toEqual([{ text: '安全账户', clue: true }]);
  });
});
