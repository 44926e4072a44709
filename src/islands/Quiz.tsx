/**
 * The quiz island. Server-rendered first: every question is a <fieldset> with a <legend> and
 * native radio buttons, with the answer in a <details> disclosure, so it reads and works with no
 * JavaScript. Once hydrated (when it scrolls into view, see QuizIsland.astro), answering an
 * option shows at once, next to the options, whether it is right, the right answer and the
 * explanation, announced in a live region; the end shows the score in words, what was missed and
 * where the lesson teaches it.
 *
 * Choosing and answering are separate. Choosing is the native radio's own state (arrow keys move
 * it without answering). Answering is an explicit event: a press of a finger or mouse on an
 * option (a click with a press count, `detail` ≥ 1; the arrow keys' clicks have none), or Space
 * or Enter on a radio. An option chosen before the island took over (a slow phone) is answered as
 * soon as it does (`chosenBeforeHydration`).
 */
import { Fragment, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import {
  OPTION_LABELS,
  choose,
  emptyAnswers,
  isComplete,
  isCorrect,
  missed,
  optionText,
  score,
  scoreText,
  verdict,
  type Answers,
  type QuizItem,
} from '@/lib/quiz/quiz-logic';
import {
  bestScore,
  clearProgress,
  deviceStorage,
  loadProgress,
  recordAnswers,
  savedAnswers,
} from '@/lib/quiz/quiz-storage';
import { drawQuestions } from '@/lib/quiz/quiz-draw';
import { loadSchedule, saveSchedule, withLessonLearned } from '@/lib/review/review-schedule';
import { localDay } from '@/lib/dates';
import { routes } from '@/lib/routes';
import { quizText as t } from '@/lib/ui-strings/quiz';

export interface QuizProps {
  /** Where progress is kept: the lesson slug, or "mixed" for the self-test. */
  quizId: string;
  items: QuizItem[];
  heading: string;
  /** For the self-test: the questions "换一组题" draws from. */
  pool?: QuizItem[];
  /**
   * Options the reader chose in the server-rendered form before the island took over, by
   * question (read from the page by hydrate-quiz.tsx); answered once it has. Not rendered.
   */
  chosenBeforeHydration?: Answers;
  /** A lesson's quiz: finishing it starts the lesson's reviews (复习一下) on this device. */
  schedulesReview?: boolean;
  /**
   * A review's questions (/review/): nothing is kept as quiz progress, there is no 再试一次, and
   * the page is told when the last question is answered. Not for a server-rendered quiz.
   */
  onFinish?: (answers: Answers) => void;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export default function Quiz({
  quizId,
  items: initialItems,
  heading,
  pool,
  chosenBeforeHydration,
  schedulesReview = false,
  onFinish,
}: QuizProps) {
  const [hydrated, setHydrated] = useState(false);
  const [items, setItems] = useState(initialItems);
  const [answers, setAnswers] = useState<Answers>(() => emptyAnswers(initialItems.length));
  const [chosen, setChosen] = useState<Answers>(() => emptyAnswers(initialItems.length));
  const [best, setBest] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  const [justAnswered, setJustAnswered] = useState<number | null>(null);
  /** Reviews of this lesson are on (after finishing its quiz); false while they are turned off. */
  const [reviewsOn, setReviewsOn] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const headingId = `${quizId}-quiz-heading`;

  const save = (next: Answers, current: readonly QuizItem[] = items) => {
    const done = isComplete(current, next);
    if (onFinish) {
      if (done) onFinish(next);
      return;
    }
    if (done && schedulesReview) {
      const schedule = withLessonLearned(loadSchedule(deviceStorage()), quizId, localDay());
      saveSchedule(deviceStorage(), schedule);
      setReviewsOn(!schedule.off && (schedule.lessons[quizId]?.due ?? null) !== null);
    }
    const progress = recordAnswers(
      deviceStorage(),
      quizId,
      current.map((item) => item.id),
      next,
      done ? score(current, next).correct : null,
    );
    if (done) setBest(bestScore(progress, quizId, current.length));
  };

  useEffect(() => {
    if (onFinish) {
      setHydrated(true);
      return;
    }
    const progress = loadProgress(deviceStorage());
    let restored = savedAnswers(progress, quizId, initialItems) ?? emptyAnswers(initialItems.length);
    // What she tapped before the island was ready counts as her answer.
    const early = chosenBeforeHydration ?? [];
    let answeredEarly = false;
    early.forEach((option, question) => {
      if (option === null || option === undefined || restored[question] !== null) return;
      restored = choose(restored, question, option);
      answeredEarly = true;
    });
    setAnswers(restored);
    setBest(bestScore(progress, quizId, initialItems.length));
    if (answeredEarly) save(restored, initialItems);
    if (schedulesReview) {
      const schedule = loadSchedule(deviceStorage());
      setReviewsOn(!schedule.off && (schedule.lessons[quizId]?.due ?? null) !== null);
    }
    setHydrated(true);
    // Runs once, when the island takes over.
  }, []);

  const answer = (question: number, option: number) => {
    if (answers[question] !== null) return;
    const next = choose(answers, question, option);
    setAnswers(next);
    save(next);
    setJustAnswered(question);
  };

  // The feedback is under the option she chose; bring it fully into view if it is not.
  useEffect(() => {
    if (justAnswered === null) return;
    document
      .getElementById(`${quizId}-feedback-${justAnswered}`)
      ?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [justAnswered, quizId]);

  const onOptionClick = (event: MouseEvent<HTMLInputElement>, question: number, option: number) => {
    // A press of a finger or a mouse (detail ≥ 1) answers; the arrow keys' clicks (detail 0) only choose.
    if (event.detail > 0) answer(question, option);
  };

  const onOptionKeyDown = (event: KeyboardEvent<HTMLInputElement>, question: number, option: number) => {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      answer(question, option);
    }
  };

  const restart = (nextItems: QuizItem[] = items) => {
    setItems(nextItems);
    setAnswers(emptyAnswers(nextItems.length));
    setChosen(emptyAnswers(nextItems.length));
    recordAnswers(
      deviceStorage(),
      quizId,
      nextItems.map((item) => item.id),
      emptyAnswers(nextItems.length),
      null,
    );
    setBest(bestScore(loadProgress(deviceStorage()), quizId, nextItems.length));
    setNotice('');
    const first = rootRef.current?.querySelector<HTMLInputElement>('input[type="radio"]');
    first?.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'center' });
    first?.focus({ preventScroll: true });
  };

  const clear = () => {
    clearProgress(deviceStorage());
    setAnswers(emptyAnswers(items.length));
    setChosen(emptyAnswers(items.length));
    setBest(null);
    setNotice(t.cleared);
  };

  const result = score(items, answers);
  const complete = isComplete(items, answers);
  const wrong = missed(items, answers);

  return (
    <section className="quiz" aria-labelledby={headingId} ref={rootRef} data-pagefind-ignore="">
      <h2 id={headingId} className="quiz__heading">
        {heading}
      </h2>
      <p className="quiz__intro">{hydrated ? t.introLive : t.introBeforeScript}</p>
      {best !== null && (
        <p className="quiz__best">{t.best(scoreText({ correct: best, total: items.length }))}</p>
      )}
      <ol className="quiz__list">
        {items.map((item, q) => {
          const given = answers[q] ?? null;
          const answered = given !== null;
          const right = answered && isCorrect(item, given);
          return (
            <li key={item.id} className="quiz__item">
              {item.scene && (
                <div className="quiz__scene" id={`${quizId}-scene-${q}`}>
                  <p className="quiz__scene-label">{item.scene.label}</p>
                  {item.scene.lines.map((line, i) => (
                    <p key={i} className="quiz__scene-line">
                      {line}
                    </p>
                  ))}
                </div>
              )}
              <fieldset
                className="quiz__question"
                aria-describedby={item.scene ? `${quizId}-scene-${q}` : undefined}
              >
                <legend className="quiz__legend">
                  <span className="quiz__number">{t.questionNumber(q + 1)}</span>
                  {item.question}
                </legend>
                <div className="quiz__options">
                  {item.options.map((option, o) => {
                    const state = !answered
                      ? ''
                      : o === item.answer
                        ? 'quiz__option--right'
                        : o === given
                          ? 'quiz__option--wrong'
                          : 'quiz__option--other';
                    return (
                      <Fragment key={o}>
                        <label className={`quiz__option ${state}`}>
                          <span className="quiz__marker">
                            <input
                              type="radio"
                              name={`${quizId}-q${q}`}
                              value={o}
                              checked={answered ? given === o : chosen[q] === o}
                              aria-describedby={
                                answered && o === given ? `${quizId}-feedback-${q}` : undefined
                              }
                              onChange={() =>
                                setChosen((current) => current.map((v, i) => (i === q ? o : v)))
                              }
                              onClick={(event) => onOptionClick(event, q, o)}
                              onKeyDown={(event) => onOptionKeyDown(event, q, o)}
                            />
                            <span className="quiz__letter" aria-hidden="true">
                              {OPTION_LABELS[o]}
                            </span>
                          </span>
                          <span className="quiz__option-text">{option}</span>
                          {answered && o === item.answer && (
                            <span className="quiz__mark">
                              <span aria-hidden="true">✓ </span>
                              {t.rightAnswerMark}
                            </span>
                          )}
                          {answered && o === given && !right && (
                            <span className="quiz__mark">
                              <span aria-hidden="true">✗ </span>
                              {t.yourChoiceMark}
                            </span>
                          )}
                        </label>
                        {/* Her answer is told right under the option she chose, in a live region there
                          from the start (one per option), so she sees it where she tapped. */}
                        <div
                          className={`quiz__feedback ${answered && o === given ? (right ? 'quiz__feedback--right' : 'quiz__feedback--wrong') : ''}`}
                          id={o === given ? `${quizId}-feedback-${q}` : undefined}
                          role="status"
                          aria-live="polite"
                        >
                          {answered && o === given && (
                            <>
                              <p className="quiz__verdict">
                                <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
                                {right ? t.right : t.wrong(optionText(item, item.answer))}
                              </p>
                              <p>{item.explanation}</p>
                            </>
                          )}
                        </div>
                      </Fragment>
                    );
                  })}
                </div>
                {/* Kept after hydration (until answered) so nothing moves under the reader's finger. */}
                {!answered && (
                  <details className="quiz__key">
                    <summary className="link-button">{t.showAnswer}</summary>
                    <p>
                      <strong>{t.rightAnswer(optionText(item, item.answer))}</strong>
                    </p>
                    <p>{item.explanation}</p>
                  </details>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>

      {complete && (
        <section className="quiz__result" aria-labelledby={`${quizId}-result`} aria-live="polite">
          <h3 id={`${quizId}-result`} className="quiz__score">
            {scoreText(result)}
          </h3>
          <p>{verdict(result)}</p>
          {wrong.length > 0 && (
            <>
              <h4>{t.reviewMissed}</h4>
              <ul className="quiz__missed">
                {wrong.map((item) => (
                  <li key={item.id}>
                    <p className="quiz__missed-question">{item.question}</p>
                    <p>
                      <strong>{t.rightAnswer(optionText(item, item.answer))}</strong>
                    </p>
                    <p>{item.explanation}</p>
                    {item.remember && (
                      <p className="quiz__remember">
                        <strong>{t.rememberLabel}</strong>
                        {item.remember}
                      </p>
                    )}
                    <p>
                      <a href={item.teachesHref}>{t.backToLesson(item.lessonTitle)}</a>
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
          {reviewsOn && (
            <p className="quiz__review-note">
              {t.reviewScheduled} <a href={routes.review}>{t.reviewLink}</a>
            </p>
          )}
          {!onFinish && (
            <p className="quiz__actions">
              <button type="button" className="quiz__button button" onClick={() => restart()}>
                {t.again}
              </button>
              {pool && pool.length > items.length && (
                <button
                  type="button"
                  className="quiz__button button button--quiet"
                  onClick={() => restart(drawQuestions(pool, initialItems.length))}
                >
                  {t.newSet}
                </button>
              )}
            </p>
          )}
        </section>
      )}

      {!onFinish && (
        <div className="quiz__footer">
          <p>{t.kept}</p>
          <button
            type="button"
            className="quiz__button button button--quiet"
            onClick={clear}
            disabled={!hydrated}
          >
            {t.clear}
          </button>
          <p className="quiz__notice" role="status">
            {notice}
          </p>
        </div>
      )}
    </section>
  );
}
