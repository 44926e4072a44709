/** What the print centre's branch form says (src/scripts/print-centre.ts imports only this). */
export const branchText = {
  saved: '已保存。以后打印的讲义和海报都会印上这些信息。',
  cleared: '已清除。讲义上会印默认信息。',
  invalid: '电话只能填数字、空格和 - 号。',
};
