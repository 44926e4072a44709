import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../src/lib/search/normalise';

describe('normaliseQuery', () => {
  it('turns full-width characters half-width and punctuation into spaces', () => {
    expect(normaliseQuery('  ＡＴＭ　吞卡了!!  ')).toBe('ATM 吞卡了');
    expect(normaliseQuery('９６１１０是什么?')).toBe('96110是什么');
  });

  it('keeps a hostile query as plain text, without angle brackets', () => {
    expect(normaliseQuery('<img src=x onerror=alert(1)>')).toBe('img src x onerror alert');
  });

  it('writes 账 for accounts, as the site does', () => {
    expect(normaliseQuery('转帐到安全帐户')).toBe('转账到安全账户');
  });

  it('drops amounts, dates and counts, which say nothing about the scam, and keeps hotlines', () => {
    expect(normaliseQuery('被骗了2万')).toBe('被骗了');
    expect(normaliseQuery('我刚给骗子转了两万块钱怎么办')).toBe('我刚给骗子转了 怎么办');
    expect(normaliseQuery('被骗走三千元')).toBe('被骗走');
    expect(normaliseQuery('被骗了２００００元怎么办')).toBe('被骗了 怎么办');
    expect(normaliseQuery('3个月回本，年化20%')).toBe('回本 年化');
    expect(normaliseQuery('2024年的短信')).toBe('的短信');
    expect(normaliseQuery('2')).toBe('');
    expect(normaliseQuery('96110是什么')).toBe('96110是什么');
    expect(normaliseQuery('打110还是12381')).toBe('打110还是12381');
  });

  it('caps the length', () => {
    expect(normaliseQuery('骗'.repeat(500))).toHaveLength(100);
  });
});
