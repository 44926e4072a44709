/** What the slide controller shows (src/scripts/slides.ts imports only this). */
export const slidesText = {
  roleDescription: '幻灯片',
  counter: (n: number, total: number) => `${n} / ${total}`,
  keysHint: '按 ? 看快捷键',
  eventTitle: '防骗讲座',
  eventLessons: (n: number) => `今天一起学 ${n} 课`,
  agenda: '今天讲这几课',
  /** What the presenter says on the slides an event adds. */
  eventTitleNote:
    '欢迎大家来。今天我们一起学几课防骗的本事，每一课都有几道题请大家一起答。有听不清、看不清的，随时举手。',
  agendaNote: '先说说今天的顺序，一课一课来。每课讲完有几道题，大家一起喊答案，答错了也没关系，就是来练的。',
  eventClosingNote:
    '今天就讲到这里。请大家拿出手机扫一扫，讲过的每一课、讲义和练习题都在里面，回家可以再看，也可以转给家里人。不会扫的，散场后我们帮您。',
  /** Where the presenter is: the lesson in the event, the slide in the lesson. */
  eventWhere: (lesson: number, lessons: number, slide: string) =>
    `第 ${lesson} 课 / 共 ${lessons} 课 · 本课 ${slide}`,
  eventClosing: '今天的材料，带回家再看',
  packLead: '用手机扫一扫：今天讲的每一课、讲义和练习题都在这里，可以转给家人。',
  packQr: '今天讲座材料的二维码',
};
