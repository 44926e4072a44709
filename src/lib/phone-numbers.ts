/**
 * Finds what looks like a phone number in free text, so a test can prove that every number a
 * reader sees comes from content/hotlines.yaml (or site.yaml), never typed by hand.
 */

// Runs of 5+ digits (95588, 96110, 13800000000), or the 3-digit emergency/service numbers
// (110, 119, 120, 122 …), unless they are clearly an amount, a count or a year.
const NUMBER_RUN = /(?<![\d.])(?:\d[\d -]{3,}\d|1[12]\d)(?![\d.])/g;
const NOT_A_PHONE_AFTER = /^\s*(?:元|万|亿|块|多|余|%|％|件|起|人|个|次|名|岁|年|月|日|天|条|家|张|户|笔|倍)/;

export function phoneLikeNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(NUMBER_RUN)) {
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (NOT_A_PHONE_AFTER.test(after)) continue;
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(match[0].trim())) continue; // a date: 2026-11-26
    const digits = match[0].replace(/[ -]/g, '');
    if (digits.length === 4) continue; // a year such as 2022
    found.push(digits);
  }
  return found;
}
