/**
 * What a review of a lesson can ask, built with the site (one small JSON file per lesson,
 * /lessons/<slug>/review.json, fetched by the review page only for the lessons it needs), and
 * which of it the review asks today.
 *
 * A review asks from a different angle than the lesson's quiz where the library has one: first
 * the 真假辨一辨 messages of the lesson's pattern (is this real?), then the steps of the drills that
 * practise it (the caller says this: what do you do?), then the lesson's own quiz questions. Each
 * time the lesson comes back, the next of them is asked (review-session.ts).
 */
import type { QuizItem } from '../quiz/quiz-logic';
import type { LessonReviewData } from './review-session';
import { lessonQuizItems, TEACHES_ANCHOR } from '../quiz/quiz-items';
import { choiceOutcome } from '../drills/drill-graph';
import type { DrillData } from '../schema/drill';
import type { LessonData } from '../schema/lesson';
import type { SpotMessage } from '../schema/spot';
import { routes } from '../routes';
import { practiceText } from '../ui-strings/practice';
import { reviewText as t } from '../ui-strings/review';

interface LessonForReview {
  id: string;
  data: Pick<LessonData, 'title' | 'track' | 'quiz' | 'remember'>;
}

type DrillForReview = Pick<DrillData, 'lessons' | 'steps' | 'endings' | 'channel' | 'caller'> & {
  id: string;
};

const channelName = (channel: string) => practiceText.channel[channel] ?? channel;

/** Each step of a drill where exactly one choice keeps her safe there and then, as a question. */
function drillQuestions(drill: DrillForReview, lesson: LessonForReview, remember: string): QuizItem[] {
  return drill.steps.flatMap((step) => {
    const safe = step.choices.flatMap((choice, index) =>
      choiceOutcome(drill, choice) === 'safe' ? [index] : [],
    );
    const answer = safe[0];
    if (safe.length !== 1 || answer === undefined) return [];
    return [
      {
        id: `${lesson.id}#drill:${drill.id}:${step.id}`,
        question: t.reviewDrillQuestion,
        options: step.choices.map((choice) => choice.text),
        answer,
        explanation: step.choices[answer]?.feedback ?? '',
        lessonTitle: lesson.data.title,
        teachesHref: `${routes.lesson(lesson.id)}#${TEACHES_ANCHOR}`,
        remember,
        scene: {
          label: `${channelName(drill.channel)} · ${drill.caller}`,
          lines: [...(step.scene ? [`（${step.scene}）`] : []), ...step.says],
        },
      },
    ];
  });
}

function spotQuestion(message: SpotMessage, lesson: LessonForReview, remember: string): QuizItem {
  return {
    id: `${lesson.id}#spot:${message.id}`,
    question: t.reviewSpotQuestion,
    options: [t.reviewSpotScam, t.reviewSpotGenuine],
    answer: message.verdict === 'scam' ? 0 : 1,
    explanation: message.explain,
    lessonTitle: lesson.data.title,
    teachesHref: `${routes.lesson(lesson.id)}#${TEACHES_ANCHOR}`,
    remember,
    scene: {
      label: `${channelName(message.channel)} · ${message.sender} · ${message.time}`,
      lines: message.bubbles,
    },
  };
}

export function lessonReviewData(
  lesson: LessonForReview,
  drills: readonly DrillForReview[],
  spotMessages: readonly SpotMessage[],
): LessonReviewData {
  const remember = lesson.data.remember;
  return {
    slug: lesson.id,
    title: lesson.data.title,
    href: routes.lesson(lesson.id),
    remember,
    questions: [
      ...spotMessages
        .filter((message) => message.lesson === lesson.id)
        .map((m) => spotQuestion(m, lesson, remember)),
      ...drills
        .filter((drill) => drill.lessons.includes(lesson.id))
        .flatMap((d) => drillQuestions(d, lesson, remember)),
      ...lessonQuizItems(lesson).map((item) => ({ ...item, remember })),
    ],
  };
}
