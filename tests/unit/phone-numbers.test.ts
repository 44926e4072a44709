import { describe, expect, it } from 'vitest';
import { phoneLikeNumbers } from '../../src/lib/phone-numbers';

describe('phoneLikeNumbers', () => {
  it('finds hotlines, mobile numbers and look-alike bank numbers', () => {
    expect(phoneLikeNumbers('拨打 110 或 96110,不要信 00095588 和 138 0000 0000')).toEqual([
      '110',
      '96110',
      '00095588',
      '13800000000',
    ]);
  });

  it('ignores amounts, years and counts', () => {
    expect(phoneLikeNumbers('2022年转了 50000 元,骗走 12000 多元,共 110 人受骗')).toEqual([]);
    expect(phoneLikeNumbers('accessed: 2026-11-26')).toEqual([]);
  });
});
