/**
 * The phrase banks the synthetic lesson library is composed from: who the scammer claims to be,
 * how they reach the reader, what they say and what they want, and the people and places of a
 * case story. Entries are written so that any combination within a track is grammatical Chinese;
 * not every combination is a plausible story (a teacher selling shares), which does not matter
 * for a benchmark. No phrase contains a digit: the only numbers a lesson shows are hotlines.
 *
 * `{you}` in a phrase is replaced by 您 (the lesson speaking to the reader) or 我 (an alias: the
 * reader describing what happened).
 */

/**
 * @typedef {{ id: string, name: string, faceToFace?: boolean }} Role  who the scammer says they
 * are; `faceToFace` roles only meet people in person
 */
/**
 * @typedef {{ id: string, noun: string, verb: string, faceToFace?: boolean }} Channel  how they
 * make contact; `{he}` in `verb` is the person contacted (她, 他 or 您)
 */
/** @typedef {{ id: string, short: string, full: string }} Request  what they want the reader to do */
/** @typedef {{ title: string, publisher: string, url: string }} SourceRef  a real source page */

/**
 * @typedef {object} TrackBank
 * @property {Role[]} roles
 * @property {string[]} hooks  the story the scammer tells (a clause after 说)
 * @property {Request[]} requests
 * @property {Channel[]} channels
 * @property {string[]} truths  what a real organisation never does (for the warning signs)
 * @property {string[]} hotlines  ids from content/hotlines.yaml: every lesson lists the first two,
 *   some the third
 * @property {SourceRef[]} sources
 */

/** @type {Channel} */ const CALL = { id: 'call', noun: '电话', verb: '打来电话' };
/** @type {Channel} */ const SMS = { id: 'sms', noun: '短信', verb: '发来短信' };
/** @type {Channel} */ const WECHAT = { id: 'wechat', noun: '微信消息', verb: '在微信上发来消息' };
/** @type {Channel} */ const VIDEO = { id: 'video', noun: '视频通话', verb: '打来视频通话' };
/** @type {Channel} */ const DM = { id: 'dm', noun: '短视频私信', verb: '在短视频平台上发来私信' };
/** @type {Channel} */ const GROUP = { id: 'group', noun: '微信群通知', verb: '在微信群里发通知' };
/** @type {Channel} */ const VISIT = { id: 'visit', noun: '上门拜访', verb: '找上门来', faceToFace: true };
/** @type {Channel} */
const TALK = { id: 'talk', noun: '免费讲座', verb: '在免费讲座上拉住{he}', faceToFace: true };
/** @type {Channel} */
const STREET = { id: 'street', noun: '街头搭讪', verb: '在小区门口拦住{he}', faceToFace: true };
/** @type {Channel} */
const TRIP = { id: 'trip', noun: '免费旅游', verb: '在免费旅游的大巴上找到{he}', faceToFace: true };

/** @type {Record<'telecom' | 'fundraising' | 'cards', TrackBank>} */
export const TRACK_BANKS = {
  telecom: {
    roles: [
      { id: 'police', name: '公安局民警' },
      { id: 'procurator', name: '检察院工作人员' },
      { id: 'court', name: '法院书记员' },
      { id: 'courier', name: '快递客服' },
      { id: 'shop', name: '购物平台客服' },
      { id: 'telecom', name: '通信公司客服' },
      { id: 'insurance', name: '医保中心工作人员' },
      { id: 'pension', name: '社保局工作人员' },
      { id: 'boss', name: '老单位领导' },
      { id: 'classmate', name: '老同学' },
      { id: 'teacher', name: '孙子的班主任' },
      { id: 'lender', name: '贷款公司客服' },
      { id: 'airline', name: '航空公司客服' },
      { id: 'mentor', name: '炒股老师' },
    ],
    hooks: [
      '{you}的银行卡涉嫌洗钱,马上要冻结',
      '{you}的快递丢了,要给{you}理赔',
      '{you}的医保账户出现异常',
      '{you}的手机号今晚就要停机',
      '{you}的网购会员要自动扣费',
      '{you}有一笔退款还没有领',
      '{you}的孙子在学校出了事',
      '{you}的征信有问题,要马上修复',
      '{you}订的航班取消了,可以退改签',
      '有一只内部消息的股票马上要涨',
      '{you}有一笔养老补贴可以领',
      '{you}的名字被人冒用开了账户',
    ],
    requests: [
      { id: 'safe-account', short: '转到安全账户', full: '把存款转到所谓的“安全账户”' },
      { id: 'code', short: '说出验证码', full: '把手机收到的验证码念给他听' },
      { id: 'screen', short: '打开屏幕共享', full: '下载会议软件,打开屏幕共享' },
      { id: 'deposit', short: '先交保证金', full: '先交一笔保证金,说事后全额退还' },
      { id: 'app', short: '下载陌生软件', full: '下载一个陌生的软件,照着提示操作' },
      { id: 'link', short: '点开链接填资料', full: '点开短信里的链接,填上卡号和密码' },
      { id: 'face', short: '对着手机刷脸', full: '对着手机刷脸,说是要“认证身份”' },
      { id: 'transfer', short: '先转一笔钱', full: '先转一笔钱到对方指定的账户' },
    ],
    channels: [CALL, SMS, WECHAT, VIDEO, DM, GROUP],
    truths: [
      '公检法不会用电话、微信办案,也没有“安全账户”',
      '真正的客服不会让您开屏幕共享',
      '验证码是您的“钥匙”,谁要都不能给',
      '正规单位不会让您下载陌生软件来“配合调查”',
      '退款、理赔不用您先交钱',
    ],
    hotlines: ['110', '96110', '12381'],
    sources: [
      {
        title: '防范常识(警方提示)',
        publisher: '绍兴市公安局',
        url: 'https://ga.sx.gov.cn/art/2025/5/12/art_1488089_58945562.html',
      },
      {
        title: '12381给你发的短信一定要看!',
        publisher: '重庆市公安局',
        url: 'https://gaj.cq.gov.cn/zslm_245/xszc/202107/t20210715_9477536.html',
      },
      {
        title: '96110来电一定要接',
        publisher: '江苏广电总台荔枝新闻',
        url: 'https://news.jstv.com/a/20210326/1616756677935.shtml',
      },
      {
        title: '警惕快递退款新骗局',
        publisher: '常州市公安局',
        url: 'https://gaj.changzhou.gov.cn/content/suitable/show?catid=34222&id=86186',
      },
      {
        title: '手把手教你识破冒充领导、熟人的常见诈骗手法',
        publisher: '光明网',
        url: 'https://m.gmw.cn/2026-03/18/content_1304381768.htm',
      },
    ],
  },
  fundraising: {
    roles: [
      { id: 'care-home', name: '养老公寓业务员' },
      { id: 'health', name: '保健品公司讲师' },
      { id: 'wealth', name: '理财公司经理' },
      { id: 'club', name: '投资俱乐部会长' },
      { id: 'hometown', name: '老乡会组织者' },
      { id: 'guide', name: '旅游公司导游' },
      { id: 'shares', name: '原始股推销员' },
      { id: 'crypto', name: '数字货币项目导师' },
      { id: 'coop', name: '合作社负责人' },
      { id: 'fund', name: '基金会工作人员' },
      { id: 'farm', name: '生态农场老板' },
    ],
    hooks: [
      '预交床位费,每年都返高额利息',
      '这个项目保本保息,稳赚不赔',
      '公司马上要上市,原始股能翻几番',
      '投钱养牛养羊,每个月都有分红',
      '虚拟货币只涨不跌,早买早赚',
      '这是政府扶持的项目,名额有限',
      '买一份保健品,就能免费旅游',
      '拉来亲戚朋友入股,还有额外奖励',
      '存到我们这里,利息比银行高好几倍',
      '交一笔会员费,以后看病养老全包',
    ],
    requests: [
      { id: 'invest', short: '把钱投进项目', full: '把养老钱投进他介绍的“项目”' },
      { id: 'prepay', short: '预交养老费', full: '一次预交好几年的“养老服务费”' },
      { id: 'recruit', short: '拉亲友入股', full: '拉上亲戚朋友一起入股' },
      { id: 'cash', short: '取现金交给他', full: '到银行取出现金,当面交给他' },
      { id: 'sign', short: '签投资合同', full: '在一份看不懂的“投资合同”上签字' },
      { id: 'member', short: '交会员费', full: '先交一笔会员费,才能领“返利”' },
      { id: 'buy', short: '买高价保健品', full: '花大价钱买一箱保健品' },
    ],
    channels: [VISIT, TALK, STREET, TRIP, CALL, WECHAT, GROUP],
    truths: [
      '高回报一定伴随高风险,保本保息是骗人的',
      '正规养老机构不会让您预交好几年的费用',
      '向社会公开拉人交钱、许诺返利,就是非法集资',
      '“政府扶持”要到政府部门自己核实',
      '拉人头给奖励的,多半是传销和集资骗局',
    ],
    hotlines: ['110', '12378', '96110'],
    sources: [
      {
        title: '非法集资风险提示公告(关于提示养老服务领域非法集资风险的公告)',
        publisher: '中共吉安市委党校',
        url: 'https://hcdangxiao.org/news-show-440.html',
      },
      {
        title: '关于防范以“虚拟货币”“区块链”名义进行非法集资的风险提示',
        publisher: '楚雄州财政局',
        url: 'https://czj.cxz.gov.cn/info/1064/9067.htm',
      },
      {
        title: '防范和处置非法集资条例',
        publisher: '深圳市地方金融监督管理局(转载中国政府网)',
        url: 'https://jr.sz.gov.cn/sjrb/xxgk/zcfg/zyjrzc/qt/content/post_8565609.html',
      },
      {
        title: '遵义公安机关提醒:切勿轻信“高收益、无风险”承诺',
        publisher: '新华网(来源:遵义日报)',
        url: 'https://big5.news.cn/gate/big5/gz.news.cn/20250715/80627e5318c54afc9ed427c8aeef2b0f/c.html',
      },
    ],
  },
  cards: {
    roles: [
      { id: 'helper', name: '取款机旁的热心人', faceToFace: true },
      { id: 'clerk', name: '银行职员' },
      { id: 'repair', name: '上门的维修工', faceToFace: true },
      { id: 'sscard', name: '社保卡代办员' },
      { id: 'upgrade', name: '系统升级专员' },
      { id: 'points', name: '积分兑换客服' },
      { id: 'neighbour', name: '刚认识的邻居' },
      { id: 'agent', name: '贷款中介' },
      { id: 'relative', name: '远房亲戚' },
    ],
    hooks: [
      '{you}的银行卡被取款机吞了,要打机器上贴的电话',
      '{you}的社保卡要升级,不升级就停用',
      '{you}的银行卡积分马上清零,要赶快兑换',
      '{you}的手机银行要重新认证',
      '{you}的存折要换新,可以帮{you}代办',
      '{you}的账户有风险,要改一下密码',
      '帮{you}开通一张额度很高的信用卡',
      '借{you}的银行卡走几笔账,给{you}好处费',
    ],
    requests: [
      { id: 'pin', short: '说出密码', full: '把银行卡密码告诉他' },
      { id: 'lend', short: '借出银行卡', full: '把银行卡和密码借给他用几天' },
      { id: 'code', short: '说出验证码', full: '把手机收到的验证码念给他听' },
      { id: 'sscard', short: '交出社保卡', full: '把社保卡和身份证交给他代办' },
      { id: 'link', short: '点开链接', full: '点开短信里的链接,输入卡号和密码' },
      { id: 'swap', short: '让他帮忙插卡', full: '让他帮忙在取款机上插卡、输密码' },
    ],
    channels: [CALL, SMS, WECHAT, VISIT, STREET],
    truths: [
      '银行工作人员不会问您的密码',
      '取款机吞卡,只打银行公布的客服电话',
      '银行卡、社保卡只能自己用,不能借给别人',
      '积分兑换不用填卡号和密码',
      '验证码是您的“钥匙”,谁要都不能给',
    ],
    hotlines: ['bank', '110', '12333'],
    sources: [
      {
        title: 'ATM操作安全篇',
        publisher: '中信银行',
        url: 'https://www.citicbank.com/common/question/cardhelp/atm/201606/t20160606_53976.html',
      },
      {
        title: '密码使用规定',
        publisher: '中国民生银行',
        url: 'https://www.cmbc.com.cn/grkh/cx/mmsygd/index.htm',
      },
      {
        title: '挂失业务',
        publisher: '河北银行',
        url: 'https://hebbank.com/mhbbank/gryw69/_305385/gsyw40/index.html',
      },
      {
        title: '谨防涉办理社保卡新型骗局',
        publisher: '安徽日报',
        url: 'https://szb.ahnews.com.cn/ahrb/content/202109/01/c855517.html',
      },
    ],
  },
};

/** The people of the case stories; `he` is the pronoun the story uses. */
export const VICTIMS = [
  { name: '王阿姨', he: '她' },
  { name: '李大爷', he: '他' },
  { name: '张奶奶', he: '她' },
  { name: '刘叔叔', he: '他' },
  { name: '陈阿姨', he: '她' },
  { name: '赵大爷', he: '他' },
  { name: '孙奶奶', he: '她' },
  { name: '周阿姨', he: '她' },
  { name: '吴大爷', he: '他' },
  { name: '郑阿姨', he: '她' },
  { name: '黄大爷', he: '他' },
  { name: '何奶奶', he: '她' },
  { name: '马阿姨', he: '她' },
  { name: '林大爷', he: '他' },
  { name: '高阿姨', he: '她' },
  { name: '罗大爷', he: '他' },
];

export const TIMES = [
  '一天上午',
  '周末傍晚',
  '刚吃过午饭',
  '早上买菜回来',
  '晚饭以后',
  '过年前几天',
  '下着雨的午后',
];
export const PLACES = [
  '在家里',
  '在小区花园',
  '在菜市场',
  '在公园里散步时',
  '在老年大学门口',
  '在社区活动室',
];
export const AMOUNTS = ['八千元', '两万元', '三万五千元', '五万元', '十二万元', '二十万元', '六十万元'];
export const PRESSURES = [
  '今天不办就来不及了',
  '名额只剩最后几个',
  '再拖下去账户就要冻结',
  '这个机会过了今天就没有',
  '超过时间要交违约金',
  '马上照做,不然要负法律责任',
];
export const SECRETS = [
  '这件事要保密,不能告诉家人',
  '银行的人问起,就说是自己用',
  '别跟子女说,他们不懂',
  '这是内部消息,千万别外传',
];
/** Who the reader asks for help. */
export const HELPERS = ['女儿', '儿子', '孙女', '老伴', '邻居', '银行大堂经理', '社区民警'];
export const OUTCOMES = ['一分钱也没有转', '及时拦下了这笔钱', '没有上当', '把对方拉黑了', '保住了养老钱'];

export const STORY_HEADINGS = ['一个真实的套路', '先看一个故事', '这样的事常发生', '身边的一个例子'];
export const SIGNS_HEADINGS = ['哪里露了马脚', '骗子的破绽在哪里', '怎么看出是骗局', '几个危险信号'];
export const STEPS_HEADINGS = ['遇到了怎么办', '这样做最稳妥', '记住这几步', '碰到了别慌'];
export const EXTRA_HEADINGS = ['和家人一起防', '再提醒一句', '这两个号码要记住'];

/** Dates a source was read; all on or before REVIEWED. */
export const ACCESSED_DATES = ['2026-11-20', '2026-11-24', '2026-11-26'];
export const REVIEWED = '2026-11-26';
