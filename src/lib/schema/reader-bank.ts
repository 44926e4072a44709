import { z } from 'astro/zod';

/**
 * "The bank" in a step means the reader's bank, and which one depends on the step: the bank that
 * issued her card (the number on its back), the bank that owns the ATM she is standing at, the
 * service bank printed on her 社保卡, or — only where the step is about this site's bank itself —
 * the organisation behind the site.
 */
export const READER_BANKS = ['issuer', 'atm-owner', 'service-bank', 'organisation'] as const;

export type ReaderBank = (typeof READER_BANKS)[number];

export const readerBankSchema = z.enum(READER_BANKS, {
  error: (issue) =>
    `unknown bank "${String(issue.input)}"; write one of: ${READER_BANKS.join(', ')} (issuer: the card's bank; atm-owner: the ATM's bank; service-bank: the 社保卡's bank; organisation: this site's bank)`,
});

/** What a page says about the bank to call when it is the reader's own (src/lib/reader-bank.ts). */
export interface ReaderBankWords {
  role: Exclude<ReaderBank, 'organisation'>;
  /** Whose number: 您的开户银行. */
  who: string;
  /** How she finds the number herself. */
  how: string;
  /** The line on paper: 开户银行：打银行卡背面的客服电话. */
  paper: string;
  /** Whose number the site's own is, as an example: 工商银行的卡 (pages add 例如 and the number). */
  exampleOf: string;
  /** The example in one line: 例如工商银行的卡：95588. */
  example: string;
}
