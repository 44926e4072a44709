import { describe, expect, it } from 'vitest';
import { runSearch, type ResultData, type SearchEngine } from '../../src/lib/search/pipeline';
import { contentWords, segmentWords } from '../../src/lib/search/words';
import {
  hasTraditional,
  parseCharacterTable,
  simplifier,
  traditionalCharsOf,
  traditionalTableFor,
} from '../../src/lib/search/traditional';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { loadContentFromDisk } from '../../src/lib/content-from-disk';
import { searchableText } from '../../src/lib/search/site-words';

/** The site's own table, as /search/traditional.json serves it (the page loads it, hence async). */
const convert = simplifier(
  traditionalTableFor(searchableText(loadContentFromDisk().lessons), TSCharacters, TSPhrases),
);
const toSimplified = async (text: string) => convert(text);

/** A tiny engine that behaves like Pagefind: every word of the term must be in the page. */
function fakeEngine(pages: Record<string, string>, calls: string[] = []): SearchEngine {
  return {
    async search(term, options) {
      calls.push(options?.filters ? `${term} [${JSON.stringify(options.filters)}]` : term);
      const words = segmentWords(term);
      const results = Object.entries(pages)
        .filter(([, text]) => words.every((word) => text.includes(word)))
        .map(([id, text]) => ({
          id,
          score: words.reduce((sum, word) => sum + text.split(word).length - 1, 0) / text.length,
          data: async (): Promise<ResultData> => ({
            url: `/lessons/${id}/`,
            excerpt: '',
            content: text,
            meta: { title: id },
          }),
        }));
      return { results: results.sort((a, b) => b.score - a.score) };
    },
  };
}

const pages = {
  'impersonating-police': '冒充公检法 对方说您涉嫌洗钱 要转到安全账户 通缉令 公安局来电话',
  'fake-loans': '网络贷款 先交保证金 解冻费 不用抵押',
  'atm-safety': '安全使用ATM 取款机吞卡 挡住键盘 陌生人帮忙',
  'reporting-lost-card': '银行卡丢了 挂失 补卡 带身份证',
};

describe('runSearch', () => {
  it('answers a single word directly', async () => {
    const calls: string[] = [];
    const outcome = await runSearch(fakeEngine(pages, calls), '洗钱');
    expect(outcome.results.map((r) => r.url)).toEqual(['/lessons/impersonating-police/']);
    expect(calls).toEqual(['洗钱']); // a single word has nothing to relax
    expect(outcome.searches).toBe(1);
  });

  it('counts the engine searches it ran and marks each stage, for the benchmark', async () => {
    const calls: string[] = [];
    const stages: string[] = [];
    const outcome = await runSearch(fakeEngine(pages, calls), '有人打电话说我涉嫌洗钱', {
      mark: (stage) => stages.push(stage),
    });
    expect(outcome.searches).toBe(calls.length);
    expect(outcome.searches).toBeGreaterThan(1);
    expect(stages).toEqual(['search-direct', 'search-relaxed', 'search-fragments']);
  });

  it('finds the lesson from an everyday sentence full of filler words', async () => {
    const outcome = await runSearch(fakeEngine(pages), '有人打电话说我涉嫌洗钱,怎么办?');
    expect(outcome.results[0]?.url).toBe('/lessons/impersonating-police/');
    expect(outcome.words).toEqual(expect.arrayContaining(['涉嫌', '洗钱']));
    expect(outcome.words).not.toContain('我');
  });

  it('ranks pages by how many of the words they contain', async () => {
    const outcome = await runSearch(fakeEngine(pages), '银行卡丢了要交保证金吗');
    expect(outcome.results.map((r) => r.url).slice(0, 2)).toEqual([
      '/lessons/reporting-lost-card/',
      '/lessons/fake-loans/',
    ]);
  });

  it('puts exact phrase matches first', async () => {
    const phrasePages = { a: '安全 账户 安全 账户 安全', b: '转到安全账户' };
    const outcome = await runSearch(fakeEngine(phrasePages), '安全账户');
    expect(outcome.results[0]?.url).toBe('/lessons/b/');
  });

  it('passes the track filter to every search', async () => {
    const calls: string[] = [];
    await runSearch(fakeEngine(pages, calls), '吞卡', { track: 'cards' });
    expect(calls.every((call) => call.includes('"track":"cards"'))).toBe(true);
  });

  it('converts traditional characters before searching', async () => {
    const outcome = await runSearch(fakeEngine(pages), '涉嫌洗錢', { simplify: toSimplified });
    expect(outcome.query).toBe('涉嫌洗钱');
    expect(outcome.results[0]?.url).toBe('/lessons/impersonating-police/');
  });

  it('returns nothing for an empty or punctuation-only query, without searching', async () => {
    const calls: string[] = [];
    expect((await runSearch(fakeEngine(pages, calls), '  ?!  ')).results).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('finds nothing for nonsense', async () => {
    expect((await runSearch(fakeEngine(pages), 'qwertyuiop')).results).toEqual([]);
  });

  it('finds nothing when none of her words is on the site, whatever pairs of characters match by chance', async () => {
    // 子力 is in 孙子力气大, by chance; 量子, 力学, 火星 and 探测 are on no page.
    const chance = { ...pages, relatives: '孙子力气大 打电话说出事了' };
    const outcome = await runSearch(fakeEngine(chance), '量子力学火星探测');
    expect(outcome.words).toEqual(expect.arrayContaining(['子力', '量子', '火星']));
    expect(outcome.results).toEqual([]);
  });

  it('finds a page through the pairs of characters where the segmenter cut a word wrongly', async () => {
    const outcome = await runSearch(
      fakeEngine({ ...pages, relatives: '孙子打电话说出事了 急要用钱' }),
      '我孙子发微信说出事了要钱',
    );
    expect(outcome.words).toContain('出事');
    expect(outcome.results[0]?.url).toBe('/lessons/relatives/');
  });
});

describe('words', () => {
  it('drops filler words and keeps the ones that find a lesson', () => {
    const words = contentWords('我妈接到电话说她的银行卡涉嫌洗钱了');
    expect(words).toEqual(expect.arrayContaining(['银行', '涉嫌', '洗钱']));
    for (const filler of ['我', '说', '她', '的', '她的', '我妈']) expect(words).not.toContain(filler);
  });
});

describe('traditional characters', () => {
  const table = '錢 钱|詐 诈|騙 骗|龜 龟';

  it('reads the opencc character table', () => {
    expect(parseCharacterTable(table)).toContainEqual(['錢', '钱']);
  });

  it('keeps only characters and phrases whose simplified form is on the site', () => {
    const cut = traditionalTableFor('诈骗 洗钱 一目了然', table, '一目瞭然 一目了然|上鍊 上链');
    expect(cut).toEqual({ chars: { 錢: '钱', 詐: '诈', 騙: '骗' }, phrases: { 一目瞭然: '一目了然' } });
    expect(traditionalCharsOf(cut)).toBe('錢詐騙一目瞭然');
  });

  it('converts a phrase as a whole before its characters', () => {
    const convert = simplifier({ chars: { 瞭: '瞭', 錢: '钱' }, phrases: { 一目瞭然: '一目了然' } });
    expect(convert('錢的事一目瞭然')).toBe('钱的事一目了然');
  });

  it('notices a query with traditional characters that matter', () => {
    expect(hasTraditional('電話詐騙', '錢詐騙')).toBe(true);
    expect(hasTraditional('电话诈骗', '錢詐騙')).toBe(false);
  });

  it('converts a whole query with the table cut down for this site', () => {
    expect(convert('有人打電話說我涉嫌洗錢')).toBe('有人打电话说我涉嫌洗钱');
  });

  it('ends up with 账 (not the older 帐) for accounts, as the site writes it', async () => {
    const outcome = await runSearch(fakeEngine({ x: '转到安全账户' }), '轉帳到安全帳戶', {
      simplify: toSimplified,
    });
    expect(outcome.query).toBe('转账到安全账户');
  });
});
