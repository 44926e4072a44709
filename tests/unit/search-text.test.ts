import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../src/lib/search/normalise';

describe('normaliseQuery', () => {
  it('turns full-width characters half-width and punctuation into spaces', () => {
    expect(normaliseQuery('  ＡＴＭ　吞卡了!!  ')).toBe('ATM 吞卡了');
    expect(normaliseQuery('９６１１０是什么?')).toBe('96110是什么');
  });

  it('keeps a hostile query as plain text, without angle brackets', () => {
    expect(normaliseQuery('<img src=x onerror=alert(1)>')).toBe('img src x onerror alert 1');
  });

  it('writes 账 for accounts, as the site does', () => {
    expect(normaliseQuery('转帐到安全帐户')).toBe('转账到安全账户');
  });

  it('caps the length', () => {
    expect(normaliseQuery('骗'.repeat(500))).toHaveLength(100);
  });
});
