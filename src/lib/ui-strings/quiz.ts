/** What the quiz islands say (they ship with the quiz's own code, so only this part comes along). */
export const quizText = {
  introBeforeScript: '选好答案后，点“看答案”核对。',
  introLive: '点一个答案，马上告诉您对不对。',
  best: (score: string) => `您的最好成绩：${score}`,
  questionNumber: (n: number) => `第 ${n} 题`,
  rightAnswerMark: '正确答案',
  yourChoiceMark: '您的选择',
  showAnswer: '看答案',
  rightAnswer: (option: string) => `正确答案：${option}`,
  right: '答对了！',
  wrong: (option: string) => `答错了。正确答案是 ${option}`,
  reviewMissed: '再看看答错的题',
  backToLesson: (title: string) => `回到课里看看：${title}`,
  again: '再试一次',
  newSet: '换一组题',
  kept: '答题记录只保存在这台设备上，不会发给任何人。',
  clear: '清除记录',
  cleared: '记录已清除。本机不再保存您的答题记录。',
  /** The score in words: “4 题答对 3 题”. */
  score: (correct: number, total: number) => `${total} 题答对 ${correct} 题`,
  allRight: '全部答对了！您已经会识破这些骗局。',
  mostlyRight: '答得不错。把答错的题再看一遍，就更有把握了。',
  keepGoing: '没关系，看看下面的讲解，再试一次。',
  // The quiz for the room (projector): the name of its group, for a screen reader.
  roomLabel: '现场问答',
};
