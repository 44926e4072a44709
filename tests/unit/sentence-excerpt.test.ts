import { describe, expect, it } from 'vitest';
import { sentenceExcerpt } from '../../src/lib/search/sentence-excerpt';

const page =
  '冒充公检法的电话。对方说您的银行卡涉嫌洗钱，要冻结。公检法不会电话办案，更没有安全账户。有人打电话说我涉嫌洗钱。';

describe('sentenceExcerpt', () => {
  it('shows the whole sentence with the most of the reader’s words, and marks them', () => {
    expect(sentenceExcerpt(page, ['打电话', '涉嫌洗钱'])).toBe(
      '有人<mark>打电话</mark>说我<mark>涉嫌洗钱</mark>。',
    );
    expect(sentenceExcerpt(page, ['安全账户'])).toBe('公检法不会电话办案，更没有<mark>安全账户</mark>。');
  });

  it('cuts a long sentence at a comma near the words, never inside a word', () => {
    const long = `${'前面说了很多别的事情，'.repeat(6)}后来骗子让您开屏幕共享，${'后面还有很多别的话，'.repeat(6)}`;
    const excerpt = sentenceExcerpt(long, ['屏幕共享'], 30);
    expect(excerpt.startsWith('后来骗子让您开<mark>屏幕共享</mark>，')).toBe(true);
    expect([...excerpt.replace(/<\/?mark>/g, '')].length).toBeLessThanOrEqual(31);
  });

  it('marks overlapping words as one (the pairs a search used for a word cut in two)', () => {
    expect(
      sentenceExcerpt('孙子发微信语音说出事了。', ['孙子', '子发', '发微', '微信', '说出', '出事']),
    ).toBe('<mark>孙子发微信</mark>语音<mark>说出事</mark>了。');
  });

  it('reads each of the blocks Pagefind joins with ". " (list items) as a sentence of its own', () => {
    const joined =
      '您要配合办案. 您的亲友涉嫌犯罪，先交一笔保证金. 境外号码打来：我是你的老领导啊. 金额 1.5 万元。';
    expect(sentenceExcerpt(joined, ['涉嫌'])).toBe('您的亲友<mark>涉嫌</mark>犯罪，先交一笔保证金');
    expect(sentenceExcerpt(joined, ['金额'])).toBe('<mark>金额</mark> 1.5 万元。');
  });

  it('prefers a sentence of the text to a heading with as many of her words', () => {
    expect(sentenceExcerpt('银行卡挂失. 卡丢了，先打电话临时挂失。', ['挂失'])).toBe(
      '卡丢了，先打电话临时<mark>挂失</mark>。',
    );
  });

  it('is empty when no sentence holds the words (the summary stands alone)', () => {
    expect(sentenceExcerpt(page, ['养老院'])).toBe('');
  });

  it('escapes whatever the page text holds; only its own marks are markup', () => {
    expect(sentenceExcerpt('<img src=x onerror=alert(1)>安全账户。', ['安全账户'])).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<mark>安全账户</mark>。',
    );
  });
});
