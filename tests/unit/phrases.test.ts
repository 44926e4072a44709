import { describe, expect, it } from 'vitest';
import { phrases } from '../../src/lib/text/phrases';

describe('phrases', () => {
  it('keeps the text whole, only cut', () => {
    for (const text of ['公检法不会电话办案，更没有“安全账户”。', '拨打 110 核实', 'ATM 吞卡了怎么办？']) {
      expect(phrases(text).join('')).toBe(text);
    }
  });

  it('never splits a word in big type', () => {
    const cut = phrases('公检法不会电话办案，更没有“安全账户”。');
    expect(cut.some((phrase) => phrase.includes('公检法'))).toBe(true);
    expect(cut.join('|')).not.toMatch(/安全账\||账\|户|官方网\|点/);
    expect(phrases('把钱转到官方网点的安全账户').join('|')).not.toMatch(/官方网\|/);
  });

  it('keeps punctuation with its word: no line starts with a comma or ends with an opening quote', () => {
    for (const phrase of phrases('“孙子出事了”的电话，先挂断，打给亲人本人。')) {
      expect(phrase).not.toMatch(/^[，。、：；？！”’）]/u);
      expect(phrase).not.toMatch(/[“‘（]$/u);
    }
  });

  it('keeps a short quoted term whole, as the scam says it', () => {
    expect(phrases('公检法不会电话办案，更没有“安全账户”。')).toContain('“安全账户”。');
    expect(phrases('先测评、看说明书，不信“保本高收益”。').join('|')).toMatch(/\|“保本高收益”。$/);
    // A long quotation still breaks between its words.
    expect(phrases('他说“您的银行卡涉嫌洗钱马上要冻结了”').length).toBeGreaterThan(3);
  });

  it('lets a lone character go with its neighbour', () => {
    expect(phrases('银行卡和电话卡').join('|')).toMatch(/银行卡/);
  });
});
