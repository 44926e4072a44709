/** What the slide controller shows (src/scripts/slides.ts imports only this). */
export const slidesText = {
  roleDescription: '幻灯片',
  counter: (n: number, total: number) => `${n} / ${total}`,
  eventTitle: '防骗讲座',
  eventLessons: (n: number) => `今天一起学 ${n} 课`,
};
