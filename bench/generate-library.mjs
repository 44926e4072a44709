/**
 * A synthetic lesson library for the benchmark: N lessons composed from phrase banks with a
 * seeded PRNG, so that the same seed always gives the same library and lessons differ enough
 * from each other for search to have real work to do.
 *
 * Pure data and node built-ins only (a root unit test imports it). Lesson i depends only on the
 * seed, i and the lessons before it, so the library of 10 is the first 10 lessons of the library
 * of 1000: the benchmark compares the same lesson page at every size.
 */
import {
  ACCESSED_DATES,
  AMOUNTS,
  EXTRA_HEADINGS,
  HELPERS,
  OUTCOMES,
  PLACES,
  PRESSURES,
  REVIEWED,
  SECRETS,
  SIGNS_HEADINGS,
  STEPS_HEADINGS,
  STORY_HEADINGS,
  TIMES,
  TRACK_BANKS,
  VICTIMS,
} from './phrase-banks.mjs';

/** The tracks of content/tracks.yaml, in the order lessons are dealt to them. */
export const TRACK_IDS = /** @type {const} */ (['telecom', 'fundraising', 'cards']);

/** Limits of the lesson schema (src/lib/schema/lesson.ts), in characters. */
const MAX = { title: 30, summary: 60, remember: 30, listItem: 40, alias: 30 };

/**
 * @typedef {object} QuizQuestion
 * @property {string} question
 * @property {string[]} options
 * @property {number} answer  index of the right option, from 0
 * @property {string} explanation
 */

/**
 * @typedef {(
 *   | { kind: 'story', heading: string, storyTitle: string, paragraphs: string[], notes: string }
 *   | { kind: 'signs', heading: string, paragraphs: string[], warning: string, notes: string }
 *   | { kind: 'steps', heading: string, steps: string[], notes: string }
 *   | { kind: 'extra', heading: string, paragraphs: string[], notes: string }
 * )} Section  one `##` section of the body (one slide in projector mode)
 */

/**
 * @typedef {object} SyntheticLesson
 * @property {string} slug  kebab-case ASCII, unique
 * @property {'telecom' | 'fundraising' | 'cards'} track
 * @property {number} order  position in its track, from 1, unique per track
 * @property {string} title  unique
 * @property {string} summary
 * @property {string} remember
 * @property {string[]} redFlags
 * @property {string[]} actions
 * @property {string[]} hotlines  ids from content/hotlines.yaml
 * @property {string[]} aliases
 * @property {QuizQuestion[]} quiz
 * @property {{ title: string, publisher: string, url: string, accessed: string }[]} sources
 * @property {string} reviewed  YYYY-MM-DD
 * @property {Section[]} sections
 */

/**
 * mulberry32: a small, fast PRNG that is good enough to pick phrases and is the same everywhere.
 * @param {number} seed
 * @returns {() => number} a function giving floats in [0, 1)
 */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A PRNG of its own for each lesson, so that a lesson does not change when more are generated.
 * @param {number} seed
 * @param {number} index
 */
function lessonRandom(seed, index) {
  return mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

/** @typedef {ReturnType<typeof picker>} Picker */

/** @param {() => number} random */
function picker(random) {
  return {
    /**
     * @template T
     * @param {readonly T[]} items
     * @returns {T}
     */
    one(items) {
      return /** @type {T} */ (items[Math.floor(random() * items.length)]);
    },
    /**
     * `count` different items, in random order.
     * @template T
     * @param {readonly T[]} items
     * @param {number} count
     * @returns {T[]}
     */
    some(items, count) {
      return this.shuffle(items).slice(0, count);
    },
    /**
     * @template T
     * @param {readonly T[]} items
     * @returns {T[]}
     */
    shuffle(items) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(random() * (i + 1));
        [copy[i], copy[j]] = /** @type {[T, T]} */ ([copy[j], copy[i]]);
      }
      return copy;
    },
    /** @param {number} min @param {number} max  inclusive */
    between(min, max) {
      return min + Math.floor(random() * (max - min + 1));
    },
    chance(probability = 0.5) {
      return random() < probability;
    },
  };
}

/** @param {string} text */
const length = (text) => [...text].length;

/**
 * The first candidate that fits in `max` characters; the last one must always fit.
 * @param {number} max
 * @param {string[]} candidates
 */
function fitting(max, candidates) {
  const fit = candidates.find((text) => length(text) <= max);
  if (!fit) throw new Error(`no candidate fits in ${max} characters: ${candidates.join(' / ')}`);
  return fit;
}

/**
 * Fills `{you}` and `{he}` in a phrase with a pronoun.
 * @param {string} phrase
 * @param {string} pronoun
 */
const as = (phrase, pronoun) => phrase.replaceAll('{you}', pronoun).replaceAll('{he}', pronoun);

/** Chinese numerals for small counts, so no digit ever appears in a title. */
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** @param {number} n from 1 to 99 */
function chineseNumeral(n) {
  if (n <= 10) return /** @type {string} */ (NUMERALS[n - 1]);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? NUMERALS[tens - 1] : ''}十${ones ? NUMERALS[ones - 1] : ''}`;
}

/**
 * The phrases one lesson is made of.
 * @param {Picker} pick
 * @param {'telecom' | 'fundraising' | 'cards'} track
 */
function drawScenario(pick, track) {
  const bank = TRACK_BANKS[track];
  const role = pick.one(bank.roles);
  const channel = pick.one(role.faceToFace ? bank.channels.filter((c) => c.faceToFace) : bank.channels);
  return {
    track,
    bank,
    role,
    channel,
    hook: pick.one(bank.hooks),
    request: pick.one(bank.requests),
    truths: pick.some(bank.truths, 3),
    victim: pick.one(VICTIMS),
    time: pick.one(TIMES),
    place: channel.faceToFace ? '' : pick.one(PLACES),
    amount: pick.one(AMOUNTS),
    pressure: pick.one(PRESSURES),
    secret: pick.one(SECRETS),
    helper: pick.one(HELPERS),
    outcome: pick.one(OUTCOMES),
  };
}

/** @typedef {ReturnType<typeof drawScenario>} Scenario */

/**
 * Candidate titles, most specific last; the caller takes the first one not used yet.
 * @param {Scenario} s
 * @param {Picker} pick
 */
function titleCandidates(s, pick) {
  const { role, channel, request, victim } = s;
  const short = [
    `自称${role.name}的${channel.noun}`,
    `“${role.name}”要您${request.short}`,
    `${channel.noun}里的“${role.name}”`,
    `要您${request.short}的${role.name}`,
    `${victim.name}遇到的“${role.name}”`,
  ];
  const long = [
    `${channel.noun}里的“${role.name}”要您${request.short}`,
    `“${role.name}”的${channel.noun}:${request.short}?`,
    `${victim.name}和“${role.name}”的${channel.noun}`,
  ];
  return [...pick.shuffle(short), ...pick.shuffle(long)].filter((title) => length(title) <= MAX.title);
}

/**
 * A title no earlier lesson has: the candidates first, then a numbered sequel.
 * @param {Scenario} s
 * @param {Picker} pick
 * @param {Set<string>} used
 */
function uniqueTitle(s, pick, used) {
  const candidates = titleCandidates(s, pick);
  const fresh = candidates.find((title) => !used.has(title));
  if (fresh) return fresh;
  const base = /** @type {string} */ (candidates[0]);
  for (let n = 2; ; n += 1) {
    const title = `${base}(${chineseNumeral(n)})`;
    if (!used.has(title) && length(title) <= MAX.title) return title;
  }
}

/**
 * @param {Scenario} s
 * @param {Set<string>} used
 */
function uniqueSlug(s, used) {
  const base = `${s.role.id}-${s.request.id}-${s.channel.id}`;
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** @param {Scenario} s */
function summaryOf(s) {
  const { role, channel, request } = s;
  const hook = as(s.hook, '您');
  return fitting(MAX.summary, [
    `有人自称${role.name},${as(channel.verb, '您')},说${hook},要您${request.short}:这是骗局。`,
    `自称${role.name}的人说${hook},要您${request.short},一定是骗子。`,
    `自称${role.name}的人要您${request.short},一定是骗子。`,
  ]);
}

/**
 * @param {Scenario} s
 * @param {Picker} pick
 */
function rememberOf(s, pick) {
  const { request, truths } = s;
  return fitting(
    MAX.remember,
    pick.shuffle([
      `凡是要您${request.short}的,都是骗子。`,
      `陌生人要您${request.short},一律不理。`,
      `${truths[0]}。`,
      `先挂断,再核实,不${request.short}。`,
    ]),
  );
}

/**
 * @param {Scenario} s
 * @param {Picker} pick
 */
function redFlagsOf(s, pick) {
  const flags = [
    as(s.hook, '您'),
    `请您${s.request.full}`,
    s.pressure,
    s.secret,
    `${s.amount}先交上,事后全退给您`,
  ].filter((flag) => length(flag) <= MAX.listItem);
  return pick.some(flags, pick.between(3, Math.min(5, flags.length)));
}

/**
 * In order: refuse, check, tell someone, (track-specific), report.
 * @param {Scenario} s
 * @param {Picker} pick
 */
function actionsOf(s, pick) {
  const byTrack = {
    telecom: '拿不准时拨打 96110 咨询',
    fundraising: '向当地处置非法集资的部门举报',
    cards: '卡或密码被人知道了,马上打银行客服电话挂失',
  };
  const optional = pick.some(
    [`告诉${s.helper},一起商量`, '到银行网点问工作人员', byTrack[s.track]],
    pick.between(1, 3),
  );
  return [
    `无论对方怎么说,都不${s.request.short}`,
    '自己拨打 110 核实',
    ...optional,
    '已经转了钱,马上拨打 110 报警',
  ];
}

/**
 * The first two hotlines of the track always, the third sometimes.
 * @param {Scenario} s
 * @param {Picker} pick
 */
function hotlinesOf(s, pick) {
  const [first, second, third] = s.bank.hotlines;
  return /** @type {string[]} */ ([first, second, ...(pick.chance() ? [third] : [])]);
}

/**
 * How a worried person would put it; at least 8, all different.
 * @param {Scenario} s
 * @param {Picker} pick
 */
function aliasesOf(s, pick) {
  const { role, channel, request } = s;
  const trackWords = {
    telecom: ['电信诈骗', '电话诈骗'],
    fundraising: ['非法集资', '高息理财'],
    cards: ['银行卡安全', '密码被骗'],
  }[s.track];
  const aliases = [
    `自称${role.name}`,
    `${role.name}${channel.noun}`,
    `说${as(s.hook, '我')}`,
    `要我${request.short}`,
    `${channel.noun}里让我${request.short}`,
    `${role.name}要我${request.short}`,
    `对方说${s.pressure}`,
    `不让我告诉家人`,
    `${s.amount}被骗了怎么办`,
    ...trackWords,
  ].filter((alias) => length(alias) <= MAX.alias);
  return [...new Set(pick.some(aliases, pick.between(8, aliases.length)))];
}

/**
 * A question with its options shuffled; the answer follows the right one.
 * @param {Picker} pick
 * @param {string} question
 * @param {string} right
 * @param {string[]} wrong
 * @param {string} explanation
 * @returns {QuizQuestion}
 */
function question(pick, question, right, wrong, explanation) {
  const options = pick.shuffle([right, ...wrong]);
  return { question, options, answer: options.indexOf(right), explanation };
}

/**
 * @param {Scenario} s
 * @param {Picker} pick
 */
function quizOf(s, pick) {
  const { role, request, helper } = s;
  const questions = [
    question(
      pick,
      `有人自称${role.name},说${as(s.hook, '您')},要您${request.full}。您应该?`,
      '不照做,自己拨打 110 核实',
      ['马上照做,免得耽误事', '先问清对方的工号,再照做'],
      `${s.truths[0]}。对方说得再像,也要自己拨打 110 核实,不打对方给的号码。`,
    ),
    question(
      pick,
      `对方叮嘱您:“${s.secret}。”这说明什么?`,
      `这是骗子的话术,要马上告诉${helper}`,
      ['事情很要紧,要听他的'],
      '要您对家人、对银行保密,正是骗局的特征。骗子怕别人提醒您。',
    ),
    question(
      pick,
      `对方催您:“${s.pressure}。”您应该?`,
      `不着急,先和${helper}商量`,
      ['赶紧照办,免得错过', '先办一半,看看情况'],
      '催得越急越可疑。真正的好事和真正的公事,都经得起您慢慢核实。',
    ),
  ];
  if (pick.chance()) {
    questions.push(
      question(
        pick,
        `您已经${request.short},才发现不对劲。您应该?`,
        '马上拨打 110 报警,留好聊天记录和转账凭证',
        ['觉得丢人,谁也不说', '再交一笔钱,请对方“帮忙追回”'],
        '越早报警,越有机会把钱拦下来。说“交钱就能追回损失”的,也是骗子。',
      ),
    );
  }
  return questions;
}

/**
 * @param {Scenario} s
 * @param {Picker} pick
 */
function sourcesOf(s, pick) {
  return pick
    .some(s.bank.sources, pick.between(1, Math.min(3, s.bank.sources.length)))
    .map((source) => ({ ...source, accessed: pick.one(ACCESSED_DATES) }));
}

/**
 * @param {Scenario} s
 * @param {Picker} pick
 * @returns {Section}
 */
function storySection(s, pick) {
  const { victim, role, channel, request } = s;
  const he = victim.he;
  const where = s.place ? `${s.place},` : '';
  return {
    kind: 'story',
    heading: pick.one(STORY_HEADINGS),
    storyTitle: `${victim.name}遇到的“${role.name}”`,
    paragraphs: [
      `${s.time},${victim.name}${where}一个自称${role.name}的人${as(channel.verb, he)}。`,
      `对方说${as(s.hook, he)}。`,
      `对方要${he}${request.full},还催${he}:“${s.pressure}。”`,
      `对方还叮嘱:“${s.secret}。”`,
      `${victim.name}觉得不对劲,先找${s.helper}商量,${s.outcome}。`,
    ],
    notes:
      `先问问大家:有没有遇到过自称${role.name}的人?骗子先说“${as(s.hook, '您')}”,` +
      `再催“${s.pressure}”,最后要您${request.short}。${victim.name}后来和${s.helper}一起核实,${s.outcome}。`,
  };
}

/**
 * @param {Scenario} s
 * @param {Picker} pick
 * @param {string} publisher  who the presenter quotes
 * @returns {Section}
 */
function signsSection(s, pick, publisher) {
  const { role, request, channel } = s;
  return {
    kind: 'signs',
    heading: pick.one(SIGNS_HEADINGS),
    paragraphs: [...s.truths.map((truth) => `${truth}。`), `真正的${role.name}不会让您${request.short}。`],
    warning: pick.one([
      `要您${request.short}的,不管他说自己是谁,都是骗子。`,
      `“${s.secret}”——说这种话的,一定是骗子。`,
      `催您“${s.pressure}”的,先停一停,多半是骗局。`,
    ]),
    notes:
      `${publisher}提醒过:${s.truths[0]};${s.truths[1]}。` +
      `讲的时候,可以问问大家有没有收到过这样的${channel.noun}。`,
  };
}

/**
 * @param {Scenario} s
 * @param {Picker} pick
 * @param {string[]} actions
 * @returns {Section}
 */
function stepsSection(s, pick, actions) {
  return {
    kind: 'steps',
    heading: pick.one(STEPS_HEADINGS),
    steps: actions.slice(0, 4).map((action) => `${action}。`),
    notes:
      '挂断不会惹麻烦,请放心。核实时,自己拨打 110,不要打对方给的号码。' +
      `已经${s.request.short}了也别怕丢人,越早报警越有机会挽回。`,
  };
}

/**
 * @param {Scenario} s
 * @param {Picker} pick
 * @param {string} remember
 * @returns {Section}
 */
function extraSection(s, pick, remember) {
  return {
    kind: 'extra',
    heading: pick.one(EXTRA_HEADINGS),
    paragraphs: [
      `接到${s.channel.noun},先想一想:他是不是要我${s.request.short}?`,
      `把这节课讲给${s.helper}听,互相提个醒。`,
      `记住:${remember}`,
    ],
    notes: `最后请大家一起念一遍:${remember}拿不准的时候,拨打 110 问一问,不丢人。`,
  };
}

/**
 * One lesson; `used` holds the titles and slugs of the lessons before it.
 * @param {number} seed
 * @param {number} index
 * @param {{ titles: Set<string>, slugs: Set<string> }} used
 * @returns {SyntheticLesson}
 */
function generateLesson(seed, index, used) {
  const pick = picker(lessonRandom(seed, index));
  const track = /** @type {SyntheticLesson['track']} */ (TRACK_IDS[index % TRACK_IDS.length]);
  const s = drawScenario(pick, track);
  const title = uniqueTitle(s, pick, used.titles);
  const slug = uniqueSlug(s, used.slugs);
  used.titles.add(title);
  used.slugs.add(slug);
  const remember = rememberOf(s, pick);
  const actions = actionsOf(s, pick);
  const sources = sourcesOf(s, pick);
  const sections = [
    storySection(s, pick),
    signsSection(s, pick, /** @type {string} */ (sources[0]?.publisher)),
    stepsSection(s, pick, actions),
  ];
  if (pick.chance()) sections.push(extraSection(s, pick, remember));
  return {
    slug,
    track,
    order: Math.floor(index / TRACK_IDS.length) + 1,
    title,
    summary: summaryOf(s),
    remember,
    redFlags: redFlagsOf(s, pick),
    actions,
    hotlines: hotlinesOf(s, pick),
    aliases: aliasesOf(s, pick),
    quiz: quizOf(s, pick),
    sources,
    reviewed: REVIEWED,
    sections,
  };
}

/**
 * A synthetic library of `count` lessons, dealt to the three tracks in turn.
 * @param {{ count: number, seed?: number }} options
 * @returns {SyntheticLesson[]}
 */
export function generateLibrary({ count, seed = 1 }) {
  const used = { titles: new Set(), slugs: new Set() };
  return Array.from({ length: count }, (_, index) => generateLesson(seed, index, used));
}
