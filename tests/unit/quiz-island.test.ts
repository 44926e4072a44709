/**
 * The quiz island's server-rendered HTML (what a reader without JavaScript gets), rendered
 * through Astro's container API with the React renderer.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as reactRenderer } from '@astrojs/react/container-renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import Quiz from '../../src/islands/Quiz';
import RoomQuiz from '../../src/components/RoomQuiz.astro';
import QuizWorksheet from '../../src/components/QuizWorksheet.astro';
import type { QuizItem } from '../../src/lib/quiz/quiz-logic';

const items: QuizItem[] = [
  {
    id: 'x#0',
    question: '对方要您转到安全账户。您应该？',
    options: ['马上转账', '挂断电话，拨打 110 核实'],
    answer: 1,
    explanation: '公安机关没有安全账户。',
    lessonTitle: '冒充公检法',
    teachesHref: '/lessons/x/#actions-heading',
  },
  {
    id: 'x#1',
    question: '来电显示区号+96110。您应该？',
    options: ['接听', '挂断', '拉黑'],
    answer: 0,
    explanation: '96110 是反诈劝阻专线。',
    lessonTitle: '冒充公检法',
    teachesHref: '/lessons/x/#actions-heading',
  },
];

let container: AstroContainer;
beforeAll(async () => {
  const renderers = await loadRenderers([reactRenderer()]);
  container = await AstroContainer.create({ renderers });
});

describe('Quiz island, server-rendered', () => {
  it('renders each question as a fieldset with a legend and native radios', async () => {
    const html = await container.renderToString(
      Quiz as unknown as Parameters<typeof container.renderToString>[0],
      {
        props: { quizId: 'x', items, heading: '考考您' },
      },
    );
    expect(html.match(/<fieldset/g)).toHaveLength(2);
    expect(html.match(/<legend/g)).toHaveLength(2);
    expect(html.match(/type="radio"/g)).toHaveLength(5);
    expect(html).toContain('name="x-q0"');
    expect(html).toContain('对方要您转到安全账户。您应该？');
  });

  it('puts the answers in a disclosure for readers without JavaScript', async () => {
    const rendered = await container.renderToString(
      Quiz as unknown as Parameters<typeof container.renderToString>[0],
      {
        props: { quizId: 'x', items, heading: '考考您' },
      },
    );
    // React separates adjacent text with empty comments.
    const html = rendered.replaceAll('<!-- -->', '');
    expect(html.match(/<details/g)).toHaveLength(2);
    expect(html).toMatch(/<button[^>]*disabled[^>]*>清除记录/);
    expect(html).toContain('正确答案：B. 挂断电话，拨打 110 核实');
    expect(html).toContain('公安机关没有安全账户。');
    expect(html).toMatch(/role="status"[^>]*aria-live="polite"|aria-live="polite"[^>]*role="status"/);
    expect(html).toContain('data-pagefind-ignore');
  });
});

describe('RoomQuiz (a quiz slide for the room)', () => {
  it('shows the question and lettered options, the answer in place for the presenter to reveal', async () => {
    const html = await container.renderToString(RoomQuiz, { props: { item: items[0]! } });
    expect(html).toContain('对方要您转到安全账户。您应该？');
    expect(html).toMatch(/>A<\/span>\s*<span class="quiz-room__text">马上转账/);
    // The right option and the explanation are marked as the answer, which the deck hides.
    expect(html).toMatch(/quiz-room__option--right[^>]*>[\s\S]*?挂断电话/);
    expect(html).toMatch(/data-room-answer[^>]*>公安机关没有安全账户。/);
    // Nothing the room could read as the answer: no key hint, no button.
    expect(html).not.toMatch(/<kbd|<button/);
  });
});

describe('QuizWorksheet', () => {
  it('gives empty boxes to tick and the answer key below a cut line', async () => {
    const html = await container.renderToString(QuizWorksheet, { props: { items } });
    expect(html.match(/class="worksheet__box/g)).toHaveLength(5);
    const key = html.slice(html.indexOf('worksheet__key'));
    expect(key).toContain('B. 挂断电话，拨打 110 核实');
    expect(key).toContain('A. 接听');
    expect(html.indexOf('worksheet__key')).toBeGreaterThan(html.lastIndexOf('worksheet__question'));
  });
});
