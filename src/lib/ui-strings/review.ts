/** The words of 复习一下 (/review/), the home page's review line and the fridge card. */

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

export const reviewText = {
  reviewTitle: '复习一下',
  reviewLead:
    '学过的东西，过些天再想一想，才记得牢。做完一课的小测验，第 2 天、第 7 天、第 30 天和第 90 天，这里会请您答几道题。',
  /** The home page's one line (and the review's heading when questions are due). */
  reviewDue: (count: number) => `今天复习 ${count} 道题`,
  homeReviewLead: '学过的课，过几天再答几道题，记得更牢。',
  reviewNoScript: '复习要用到浏览器的脚本。打开脚本后再来，或者先做一做综合自测。',
  reviewLoading: '正在准备题目……',
  reviewNothingYet: '还没有要复习的课。学完一课，做一做课后的小测验，两天后这里就有题了。',
  reviewNoneToday: (next: string) => `今天没有要复习的题。下次复习：${next}。`,
  reviewAllDone: '学过的课都复习完了。再学一课，就会有新的复习。',
  reviewCouldNot: '题目没能打开。可能是没有网络，等有网络时再来。',
  reviewOff: '复习提醒已关闭：首页不会再提示，学完新课也不安排复习。',
  reviewTurnOff: '关闭复习提醒',
  reviewTurnOn: '打开复习提醒',
  reviewTurnedOn: '复习提醒已打开。',
  reviewClear: '清除复习记录',
  reviewCleared: '复习记录已清除。',
  reviewKept: '复习安排只保存在这台设备上，不会发给任何人。',
  reviewAfter: '答完了。答对的课，下次过些天再复习；答错的课，两天后再来一次。',
  reviewMore: (count: number) => `还有 ${count} 课今天要复习`,
  reviewAgain: '再复习几道',
  reviewPlanHeading: '复习安排',
  reviewPlanDone: '复习完了',
  reviewPlanNext: (day: string) => `下次：${day}`,
  reviewHome: '回首页',
  reviewSettings: '复习设置',
  /** The questions' own words. */
  reviewDrillQuestion: '听到这些话，您怎么做？',
  reviewSpotQuestion: '这条是可疑，还是正常？',
  reviewSpotScam: '可疑，是骗局',
  reviewSpotGenuine: '正常，是真的',
  // The fridge card.
  fridgeTitle: '贴在冰箱上的防骗卡',
  fridgeLink: '打印冰箱贴：学过的课，每课一句话',
  fridgeHint: '用 A4 纸打印，贴在冰箱上或电话旁边，家里人都能看到。',
  fridgeHeading: '我学过的防骗课，每课记住一句话',
  fridgeEmpty: '还没有学完的课。学完一课，做完课后的小测验，这张卡上就有它的一句话。',
  fridgeMore: (count: number) => `还学过 ${count} 课，这张卡放不下了。`,
  fridgeNumbers: '拿不准，先打电话问',
  fridgeNoScript: '这张卡要用到浏览器的脚本，才能找到您学过的课。',
};
