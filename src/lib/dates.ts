/** A date as YYYY-MM-DD: the day it names, whatever the machine's time zone. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today on the reader's own calendar (her time zone), as YYYY-MM-DD: the date printed on paper. */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day it is in China (UTC+8, no daylight saving) as YYYY-MM-DD: the readers' calendar. */
export function chinaDay(now = new Date()): string {
  return isoDay(new Date(now.getTime() + 8 * 60 * 60 * 1000));
}
