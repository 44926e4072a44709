/**
 * "The bank" in a lesson is the reader's own bank, said in words (the number on the back of her
 * card, the ATM's own bank, her 社保卡's service bank); the page adds the site's number only as an
 * example. So lesson text never points at a list "below" (a quiz, a worksheet or lessons.json has
 * no below), and never names the organisation behind the site: another bank reuses the library by
 * changing site.yaml alone.
 */
import type { SiteInfo } from '../schema/catalogue';

export interface BankWordingProblem {
  /** From 1. */
  line: number;
  found: string;
  why: string;
}

const POINTS_BELOW = /本课下方|下方列出|下面列出的|见下方/gu;

/** The words that name the site's own bank: its names and its number. */
export function siteBankWords(
  site: Pick<SiteInfo, 'organisation' | 'shortName' | 'customerService'>,
): string[] {
  return [site.organisation, site.shortName, site.customerService].filter((word) => word.length > 1);
}

export function bankWordingProblems(
  text: string,
  site: Pick<SiteInfo, 'organisation' | 'shortName' | 'customerService'>,
): BankWordingProblem[] {
  const problems: BankWordingProblem[] = [];
  const names = siteBankWords(site);
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(POINTS_BELOW))
      problems.push({
        line: index + 1,
        found: match[0],
        why: 'a quiz, a worksheet or lessons.json has no “below”: say which bank in words (打银行卡背面的客服电话)',
      });
    for (const name of names)
      if (line.includes(name))
        problems.push({
          line: index + 1,
          found: name,
          why: 'names the site’s own bank: the reader may bank elsewhere, and another bank reuses this text; list the hotline `bank` with `bank: issuer` (or atm-owner, service-bank) instead',
        });
  });
  return problems;
}
