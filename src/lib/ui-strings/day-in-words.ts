/** How she says a day: 今天、明天 or 12 月 9 日 (and the year when it is not this year’s). */
export function dayInWords(day: string, today: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const tomorrow = new Date(`${today}T00:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  if (day === today) return '今天';
  if (day === tomorrow.toISOString().slice(0, 10)) return '明天';
  const monthDay = `${month} 月 ${date} 日`;
  return String(year) === today.slice(0, 4) ? monthDay : `${year} 年 ${monthDay}`;
}
