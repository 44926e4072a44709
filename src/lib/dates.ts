/** A date as YYYY-MM-DD: the day it names, whatever the machine's time zone. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
