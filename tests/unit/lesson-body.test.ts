import { describe, expect, it } from 'vitest';
import { checkLessonBody } from '../../src/lib/lesson-body';

const file = 'content/lessons/telecom/x.mdx';
const lesson = (body: string) => `---\ntitle: 测试\n---\n${body}`;
const imports = `import Warning from '../../../src/components/Warning.astro';\nimport Steps from '../../../src/components/Steps.astro';\n`;

describe('checkLessonBody', () => {
  it('accepts imported lesson components, opened and closed, and plain HTML', () => {
    const body = `${imports}\n## 怎么办\n\n<Warning>\n不要转账。\n</Warning>\n\n<Steps>\n1. 挂断\n</Steps>\n\n<br />`;
    expect(checkLessonBody(file, lesson(body))).toEqual([]);
  });

  it('names the line of a component used without its import, and says what to add', () => {
    const errors = checkLessonBody(file, lesson(`## 故事\n\n<CaseStory title="王阿姨">有人来电</CaseStory>`));
    expect(errors).toEqual([
      `${file}: line 6: <CaseStory> is used but not imported; add at the top: import CaseStory from '../../../src/components/CaseStory.astro';`,
    ]);
  });

  it('names an unknown component and an import of something else', () => {
    const errors = checkLessonBody(file, lesson(`import Alarm from './Alarm.astro';\n\n<Alarm>响</Alarm>`));
    expect(errors).toEqual([
      `${file}: line 4: imports Alarm, which is not a lesson component; use: CaseStory, Warning, Steps, Notes`,
      `${file}: line 6: <Alarm> is not a lesson component; use: CaseStory, Warning, Steps, Notes`,
    ]);
  });

  it('finds a component closed in the wrong place, or closing nothing', () => {
    const errors = checkLessonBody(
      file,
      lesson(`${imports}\n<Warning>\n<Steps>\n</Warning>\n</Steps>\n</Steps>`),
    );
    expect(errors).toEqual([
      `${file}: line 9: </Warning> closes <Steps> (line 8); close that first`,
      `${file}: line 10: </Steps> closes <Warning> (line 7); close that first`,
      `${file}: line 11: </Steps> closes nothing; remove it or open <Steps> before it`,
    ]);
  });

  it('asks for the standard import path', () => {
    const errors = checkLessonBody(
      file,
      lesson(`import Steps from '../Steps.astro';\n\n<Steps>1. 挂断</Steps>`),
    );
    expect(errors).toEqual([
      `${file}: line 4: import Steps as: import Steps from '../../../src/components/Steps.astro';`,
    ]);
  });
});
