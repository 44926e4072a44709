/**
 * "The bank" on a page is the reader's own: whose number and where to find it, in words, with
 * the site's own number only as an example — for any organisation behind the site.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bankHotline, readerBankWords } from '../../src/lib/reader-bank';
import { READER_BANKS } from '../../src/lib/schema/reader-bank';
import { siteSchema } from '../../src/lib/schema/catalogue';
import { loadContentData } from '../../src/lib/content-files';

const defaultSite = loadContentData().site;
const otherSite = siteSchema.parse(parse(readFileSync('tests/fixtures/site-other-bank.yaml', 'utf8')));
const ownRoles = READER_BANKS.filter((role) => role !== 'organisation');

describe.each([
  ['the default site', defaultSite],
  ['another bank (tests/fixtures/site-other-bank.yaml)', otherSite],
])('for %s', (_, site) => {
  it.each(ownRoles)('%s: says whose number in words, the site’s bank only after 例如', (role) => {
    const words = readerBankWords(site, role);
    for (const text of [words.who, words.how, words.paper]) {
      expect(text).not.toContain(site.shortName);
      expect(text).not.toContain(site.customerService);
    }
    expect(words.example).toMatch(new RegExp(`^例如${site.shortName}[^：]*：${site.customerService}$`));
  });

  it('the hotline "bank" is her card’s bank unless a step says otherwise', () => {
    const hotline = bankHotline(site);
    expect(hotline.readerBank?.role).toBe('issuer');
    expect(hotline.name).toBe('您的开户银行');
    expect(hotline.when).toContain('银行卡背面');
  });

  it('only the organisation’s own steps name the site’s bank as the one to call', () => {
    const own = bankHotline(site, 'organisation');
    expect(own.readerBank).toBeUndefined();
    expect(own.name).toBe(`${site.shortName}客服`);
    expect(own.number).toBe(site.customerService);
  });
});

it('an ATM step sends her to the machine’s own bank, never to a number stuck on it', () => {
  const { how } = readerBankWords(defaultSite, 'atm-owner');
  expect(how).toContain('机器上印的是哪家银行');
  expect(how).toContain('不打机器上贴的号码');
});

it('the words for another bank carry nothing of the default bank', () => {
  const texts = ownRoles.flatMap((role) => Object.values(readerBankWords(otherSite, role)));
  for (const text of texts) {
    expect(text).not.toContain(defaultSite.shortName);
    expect(text).not.toContain(defaultSite.customerService);
  }
});
