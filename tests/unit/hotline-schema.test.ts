import { describe, expect, it } from 'vitest';
import { hotlineSchema, paperName } from '../../src/lib/schema/catalogue';
import { loadContentData } from '../../src/lib/content-files';

const base = { id: '12363', number: '12363', when: '与银行的纠纷先找银行' };

describe('a hotline on paper', () => {
  it('needs a short paper name when its name is too long to print under the number', () => {
    const result = hotlineSchema.safeParse({ ...base, name: '人民银行金融消费权益保护咨询投诉电话' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['paper']);
    expect(result.error?.issues[0]?.message).toContain('paper');
  });

  it('prints the paper name where there is one, else the name', () => {
    const long = hotlineSchema.parse({
      ...base,
      name: '人民银行金融消费权益保护咨询投诉电话',
      paper: '人民银行投诉电话',
    });
    expect(paperName(long)).toBe('人民银行投诉电话');
    expect(paperName(hotlineSchema.parse({ ...base, name: '报警电话' }))).toBe('报警电话');
  });

  it('is short enough for every number the site lists, the bank’s own included', () => {
    for (const hotline of loadContentData().hotlines)
      expect([...paperName(hotline)].length).toBeLessThanOrEqual(8);
  });
});
