/** The words of the family pact page, /family/, and of the link to it from a lesson. */
export const familyText = {
  familyInvite: '和家里人约好：填一张《我家的防骗约定》',
  familyPactLabel: '全家人一起填',
  familyGuideLabel: '写给子女',
  familyGuideTitle: '写给子女：怎么帮爸妈防骗',
  familyName: '姓名',
  familyPhone: '电话',
  familyRules: '我们约好',
  familyHangUp: '想挂断时，就说',
  familyNumbers: '记住这几个电话',
  familyMore: '详细看：',
  familyPrintHint: '第一页是约定，第二页写给子女。用 A4 纸打印，约定贴在电话旁边。',
};
