/** The words 真假辨一辨's script shows (src/scripts/spot.ts): a part of its own. */
export const spotScriptText = {
  spotIsScam: '这是骗局',
  spotIsGenuine: '这是正常的',
  spotRight: '答对了。',
  spotWrong: '不对。',
  spotProgress: (done: number, total: number) => `已经判断 ${done} 条，共 ${total} 条。`,
  spotScore: (right: number, total: number) => `${total} 条里答对 ${right} 条。`,
  spotMisses: (n: number) => `把骗局当成正常：${n} 条。这些最危险，请再看看提示。`,
  spotFalseAlarms: (n: number) => `把正常的当成骗局：${n} 条。真的提醒也要听，比如 96110 的来电。`,
} as const;
