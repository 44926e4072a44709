/**
 * The reader's own bank, in words. A step that says "call the bank" means her bank — the one that
 * issued her card, the one that owns the ATM in front of her, the service bank on her 社保卡 — so
 * pages say which, and how to find its number, with the site's own number only as an example
 * ("例如工商银行的卡：95588"). Only a step about the site's own bank names it as the one to call.
 */
import type { Hotline, SiteInfo } from './schema/catalogue';
import type { ReaderBank, ReaderBankWords } from './schema/reader-bank';
import { BANK_HOTLINE_ID } from './hotline-ids';

export type { ReaderBank, ReaderBankWords };

/** The short name under a number on paper (at most 8 characters). */
const PAPER_NAMES: Readonly<Record<ReaderBankWords['role'], string>> = {
  issuer: '开户银行',
  'atm-owner': '取款机所属银行',
  'service-bank': '社保卡服务银行',
};

type Site = Pick<SiteInfo, 'shortName' | 'customerService'>;

const WORDS: Readonly<
  Record<ReaderBankWords['role'], (shortName: string) => Omit<ReaderBankWords, 'role' | 'example'>>
> = {
  issuer: (shortName) => ({
    who: '您的开户银行',
    how: '打银行卡背面印的客服电话（存折上也印着）',
    paper: '开户银行：打银行卡背面的客服电话',
    exampleOf: `${shortName}的卡`,
  }),
  'atm-owner': (shortName) => ({
    who: '这台取款机所属的银行',
    how: '看机器上印的是哪家银行，打这家银行的官方客服电话；不打机器上贴的号码',
    paper: '取款机所属银行：打这家银行的官方客服电话',
    exampleOf: `${shortName}的取款机`,
  }),
  'service-bank': (shortName) => ({
    who: '社保卡的服务银行',
    how: '社保卡上印着是哪家银行，打这家银行的客服电话',
    paper: '社保卡服务银行：打卡上所印银行的客服电话',
    exampleOf: shortName,
  }),
};

export function readerBankWords(site: Site, role: ReaderBankWords['role']): ReaderBankWords {
  const words = WORDS[role](site.shortName);
  return { role, ...words, example: `例如${words.exampleOf}：${site.customerService}` };
}

/**
 * The hotline "bank" as a page shows it: for the reader's own bank (the default: the card's
 * issuer), her bank in words with the site's number as the example; for the organisation, the
 * site's own customer-service line.
 */
export function bankHotline(site: SiteInfo, role: ReaderBank = 'issuer'): Hotline {
  const own = {
    id: BANK_HOTLINE_ID,
    number: site.customerService,
    kind: 'call' as const,
    essential: true,
  };
  if (role === 'organisation')
    return { ...own, name: `${site.shortName}客服`, when: '银行卡、账户有异常，要挂失、冻结账户时拨打' };
  const words = readerBankWords(site, role);
  return { ...own, name: words.who, when: words.how, paper: PAPER_NAMES[role], readerBank: words };
}
