/**
 * Turns a synthetic lesson into MDX source for each site, carrying the same words:
 * - ours: the frontmatter of src/lib/schema/lesson.ts and a body with CaseStory, Warning, Steps
 *   and Notes, imported as real lessons import them;
 * - Starlight: title and description, the same body with Starlight's Aside and Steps, then the
 *   parts our lesson page renders from frontmatter (remember, red flags, actions, hotlines,
 *   aliases, quiz, sources) as Markdown sections.
 * Pure functions, node built-ins only.
 */

/** @typedef {import('./generate-library.mjs').SyntheticLesson} SyntheticLesson */
/** @typedef {import('./generate-library.mjs').Section} Section */
/** @typedef {{ id: string, number: string, name: string, when: string }} HotlineInfo */

/**
 * A YAML scalar. JSON strings are valid YAML, so quoting with JSON.stringify is always safe;
 * dates stay bare so that they read as dates, as in a hand-written lesson.
 * @param {string | number} value
 */
function yamlScalar(value) {
  if (typeof value === 'number' || /^\d{4}-\d{2}-\d{2}$/.test(value)) return String(value);
  return JSON.stringify(value);
}

/**
 * @param {string} key
 * @param {(string | number)[]} items
 * @param {string} indent
 */
function yamlList(key, items, indent = '') {
  return [`${indent}${key}:`, ...items.map((item) => `${indent}  - ${yamlScalar(item)}`)];
}

/**
 * A list of objects: the first key on the dash line, the others under it. The first value must
 * not be a list.
 * @param {string} key
 * @param {Record<string, string | number | string[]>[]} items
 */
function yamlObjects(key, items) {
  const lines = [`${key}:`];
  for (const item of items) {
    Object.entries(item).forEach(([field, value], index) => {
      const lead = index === 0 ? '  - ' : '    ';
      if (Array.isArray(value)) lines.push(...yamlList(field, value, lead));
      else lines.push(`${lead}${field}: ${yamlScalar(value)}`);
    });
  }
  return lines;
}

/**
 * The frontmatter of one of our lessons.
 * @param {SyntheticLesson} lesson
 */
function oursFrontmatter(lesson) {
  return [
    '---',
    `title: ${yamlScalar(lesson.title)}`,
    `track: ${lesson.track}`,
    `order: ${lesson.order}`,
    `summary: ${yamlScalar(lesson.summary)}`,
    `remember: ${yamlScalar(lesson.remember)}`,
    ...yamlList('redFlags', lesson.redFlags),
    ...yamlList('actions', lesson.actions),
    ...yamlList('hotlines', lesson.hotlines),
    // "bank" is the reader's own: the bank that issued her card.
    ...(lesson.hotlines.includes('bank') ? ['bank: issuer'] : []),
    ...yamlList('aliases', lesson.aliases),
    ...yamlObjects(
      'quiz',
      lesson.quiz.map(({ question, options, answer, explanation }) => ({
        question,
        options,
        answer,
        explanation,
      })),
    ),
    ...yamlObjects('sources', lesson.sources),
    `reviewed: ${lesson.reviewed}`,
    // The presenter's notes for the slides the deck makes (one per quiz question).
    'presenter:',
    `  opening: ${yamlScalar(`先问问大家：${lesson.summary}`)}`,
    `  redFlags: ${yamlScalar(`请大家看看，哪一句听着最像真的？${lesson.redFlags[0] ?? ''}`)}`,
    `  actions: ${yamlScalar(`大家最担心的是第一步怎么做。${lesson.actions[0] ?? ''}`)}`,
    '  quiz:',
    ...lesson.quiz.map(
      ({ question }) => `    - ${yamlScalar(`请一位朋友念题，大家一起喊答案：${question}`)}`,
    ),
    `  closing: ${yamlScalar(`墙上这几个号码，请大家拍下来或抄下来。${lesson.remember}`)}`,
    '---',
  ].join('\n');
}

/**
 * A component around Markdown: blank lines inside, so MDX reads the content as Markdown.
 * @param {string} open
 * @param {string} close
 * @param {string[]} blocks
 */
const wrap = (open, close, blocks) => [open, ...blocks, close].join('\n\n');

/** @param {string[]} items */
const numbered = (items) => items.map((item, index) => `${index + 1}. ${item}`).join('\n');

/**
 * @param {Section} section
 * @returns {string[]}
 */
function oursSection(section) {
  const notes = wrap('<Notes>', '</Notes>', [section.notes]);
  switch (section.kind) {
    case 'story':
      return [wrap(`<CaseStory title="${section.storyTitle}">`, '</CaseStory>', section.paragraphs), notes];
    case 'signs':
      return [...section.paragraphs, wrap('<Warning>', '</Warning>', [section.warning]), notes];
    case 'steps':
      return [wrap('<Steps>', '</Steps>', [numbered(section.steps)]), notes];
    case 'extra':
      return [...section.paragraphs, notes];
  }
}

const OURS_IMPORTS = ['CaseStory', 'Warning', 'Steps', 'Notes']
  .map((name) => `import ${name} from '../../../src/components/${name}.astro';`)
  .join('\n');

/**
 * The MDX file of one of our lessons (content/lessons/<track>/<slug>.mdx).
 * @param {SyntheticLesson} lesson
 */
export function renderOursLesson(lesson) {
  const body = lesson.sections.flatMap((section) => [`## ${section.heading}`, ...oursSection(section)]);
  return `${[oursFrontmatter(lesson), '', OURS_IMPORTS, '', ...body.join('\n\n').split('\n')].join('\n')}\n`;
}

/**
 * @param {Section} section
 * @returns {string[]}
 */
function starlightSection(section) {
  const notes = wrap('<Aside type="note" title="讲解提示">', '</Aside>', [section.notes]);
  switch (section.kind) {
    case 'story':
      return [
        [`> **${section.storyTitle}**`, ...section.paragraphs.map((p) => `>\n> ${p}`)].join('\n'),
        notes,
      ];
    case 'signs':
      return [...section.paragraphs, wrap('<Aside type="caution">', '</Aside>', [section.warning]), notes];
    case 'steps':
      return [wrap('<Steps>', '</Steps>', [numbered(section.steps)]), notes];
    case 'extra':
      return [...section.paragraphs, notes];
  }
}

/**
 * What our lesson page renders from the frontmatter, as Markdown.
 * @param {SyntheticLesson} lesson
 * @param {Map<string, HotlineInfo>} hotlines
 */
function starlightFrontmatterParts(lesson, hotlines) {
  const bullets = (/** @type {string[]} */ items) => items.map((item) => `- ${item}`).join('\n');
  const quiz = lesson.quiz.map(
    (q, index) =>
      `${index + 1}. ${q.question}\n${q.options.map((o) => `   - ${o}`).join('\n')}\n\n` +
      `   答案:${q.options[q.answer]}。${q.explanation}`,
  );
  const numbers = lesson.hotlines.map((id) => {
    const hotline = hotlines.get(id);
    if (!hotline) throw new Error(`unknown hotline ${id}`);
    return `- **${hotline.number}** ${hotline.name}:${hotline.when}`;
  });
  const sources = lesson.sources.map((s) => `- [${s.title}](${s.url}),${s.publisher},查阅于 ${s.accessed}`);
  return [
    '## 记住这句话',
    `**${lesson.remember}**`,
    '## 危险信号',
    bullets(lesson.redFlags),
    '## 现在就做',
    numbered(lesson.actions),
    '## 要记住的电话',
    numbers.join('\n'),
    '## 别人也这样说',
    lesson.aliases.join(' · '),
    '## 考考您',
    quiz.join('\n\n'),
    '## 资料来源',
    sources.join('\n'),
    `最后核对:${lesson.reviewed}`,
  ];
}

/**
 * The MDX file of the same lesson for Starlight (src/content/docs/<track>/<slug>.mdx).
 * @param {SyntheticLesson} lesson
 * @param {Map<string, HotlineInfo>} hotlines  by id, the numbers our site shows
 */
export function renderStarlightLesson(lesson, hotlines) {
  const frontmatter = [
    '---',
    `title: ${yamlScalar(lesson.title)}`,
    `description: ${yamlScalar(lesson.summary)}`,
    'sidebar:',
    `  order: ${lesson.order}`,
    '---',
  ].join('\n');
  const body = [
    lesson.summary,
    ...lesson.sections.flatMap((section) => [`## ${section.heading}`, ...starlightSection(section)]),
    ...starlightFrontmatterParts(lesson, hotlines),
  ];
  return `${frontmatter}\n\nimport { Aside, Steps } from '@astrojs/starlight/components';\n\n${body.join('\n\n')}\n`;
}
