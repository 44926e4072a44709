/**
 * The quiz island. Server-rendered first: every question is a <fieldset> with a <legend> and
 * native radio buttons, with the answer in a <details> disclosure, so it reads and works with no
 * JavaScript. Once hydrated (when it scrolls into view, see QuizIsland.astro), choosing an
 * option shows at once whether it is right, the right answer and the explanation, announced in
 * a live region; the end shows the score in words, what was missed and where the lesson teaches
 * it.
 *
 * Keyboard: Tab into a question, arrow keys move between options (without answering),
 * Space or Enter chooses. A tap or click chooses at once.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
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
} from './quiz-logic';
import {
  bestScore,
  clearProgress,
  deviceStorage,
  loadProgress,
  recordAnswers,
  savedAnswers,
} from './quiz-storage';
import { drawQuestions } from './quiz-draw';

export interface QuizProps {
  /** Where progress is kept: the lesson slug, or "mixed" for the self-test. */
  quizId: string;
  items: QuizItem[];
  heading: string;
  /** For the self-test: the questions "换一组题" draws from. */
  pool?: QuizItem[];
}

const POINTER_WINDOW_MS = 1500;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export default function Quiz({ quizId, items: initialItems, heading, pool }: QuizProps) {
  const [hydrated, setHydrated] = useState(false);
  const [items, setItems] = useState(initialItems);
  const [answers, setAnswers] = useState<Answers>(() => emptyAnswers(initialItems.length));
  const [pending, setPending] = useState<Answers>(() => emptyAnswers(initialItems.length));
  const [best, setBest] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  const lastPointer = useRef(0);
  const rootRef = useRef<HTMLElement>(null);
  const headingId = `${quizId}-quiz-heading`;

  useEffect(() => {
    const progress = loadProgress(deviceStorage());
    const saved = savedAnswers(progress, quizId, initialItems);
    if (saved) setAnswers(saved);
    setBest(bestScore(progress, quizId, initialItems.length));
    setHydrated(true);
  }, [quizId, initialItems]);

  const commit = (question: number, option: number) => {
    if (answers[question] !== null) return;
    const next = choose(answers, question, option);
    setAnswers(next);
    const done = isComplete(items, next);
    const result = score(items, next);
    const progress = recordAnswers(
      deviceStorage(),
      quizId,
      items.map((item) => item.id),
      next,
      done ? result.correct : null,
    );
    if (done) setBest(bestScore(progress, quizId, items.length));
  };

  const restart = (nextItems: QuizItem[] = items) => {
    setItems(nextItems);
    setAnswers(emptyAnswers(nextItems.length));
    setPending(emptyAnswers(nextItems.length));
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
    setPending(emptyAnswers(items.length));
    setBest(null);
    setNotice('记录已清除。本机不再保存您的答题记录。');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, question: number, option: number) => {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      commit(question, option);
    }
  };

  const onChange = (question: number, option: number) => {
    if (answers[question] !== null) return;
    if (Date.now() - lastPointer.current < POINTER_WINDOW_MS) commit(question, option);
    else setPending((current) => current.map((v, i) => (i === question ? option : v)));
  };

  const result = score(items, answers);
  const complete = isComplete(items, answers);
  const wrong = missed(items, answers);

  return (
    <section className="quiz" aria-labelledby={headingId} ref={rootRef} data-pagefind-ignore="">
      <h2 id={headingId} className="quiz__heading">
        {heading}
      </h2>
      <p className="quiz__intro">
        {hydrated ? '点一个答案,马上告诉您对不对。' : '选好答案后,点“看答案”核对。'}
      </p>
      {best !== null && (
        <p className="quiz__best">您的最好成绩:{scoreText({ correct: best, total: items.length })}</p>
      )}
      <ol className="quiz__list">
        {items.map((item, q) => {
          const chosen = answers[q] ?? null;
          const answered = chosen !== null;
          const right = answered && isCorrect(item, chosen);
          return (
            <li key={item.id} className="quiz__item">
              <fieldset className="quiz__question">
                <legend className="quiz__legend">
                  <span className="quiz__number">第 {q + 1} 题</span>
                  {item.question}
                </legend>
                <div className="quiz__options">
                  {item.options.map((option, o) => {
                    const state = !answered
                      ? ''
                      : o === item.answer
                        ? 'quiz__option--right'
                        : o === chosen
                          ? 'quiz__option--wrong'
                          : 'quiz__option--other';
                    return (
                      <label
                        key={o}
                        className={`quiz__option ${state}`}
                        onPointerDown={() => {
                          lastPointer.current = Date.now();
                        }}
                      >
                        <input
                          type="radio"
                          name={`${quizId}-q${q}`}
                          value={o}
                          checked={answered ? chosen === o : pending[q] === o}
                          aria-describedby={answered ? `${quizId}-feedback-${q}` : undefined}
                          onChange={() => onChange(q, o)}
                          onClick={() => {
                            if (Date.now() - lastPointer.current < POINTER_WINDOW_MS) commit(q, o);
                          }}
                          onKeyDown={(event) => onKeyDown(event, q, o)}
                        />
                        <span className="quiz__letter" aria-hidden="true">
                          {OPTION_LABELS[o]}
                        </span>
                        <span className="quiz__option-text">{option}</span>
                        {answered && o === item.answer && (
                          <span className="quiz__mark">
                            <span aria-hidden="true">✓ </span>正确答案
                          </span>
                        )}
                        {answered && o === chosen && !right && (
                          <span className="quiz__mark">
                            <span aria-hidden="true">✗ </span>您的选择
                          </span>
                        )}
                      </label>
                    );
                  })}
                </div>
                {/* Kept after hydration (until answered) so nothing moves under the reader's finger. */}
                {!answered && (
                  <details className="quiz__key">
                    <summary className="link-button">看答案</summary>
                    <p>
                      <strong>正确答案:{optionText(item, item.answer)}</strong>
                    </p>
                    <p>{item.explanation}</p>
                  </details>
                )}
                <div
                  className={`quiz__feedback ${answered ? (right ? 'quiz__feedback--right' : 'quiz__feedback--wrong') : ''}`}
                  id={`${quizId}-feedback-${q}`}
                  role="status"
                  aria-live="polite"
                >
                  {answered && (
                    <>
                      <p className="quiz__verdict">
                        <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
                        {right ? '答对了!' : `答错了。正确答案是 ${optionText(item, item.answer)}`}
                      </p>
                      <p>{item.explanation}</p>
                    </>
                  )}
                </div>
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
              <h4>再看看答错的题</h4>
              <ul className="quiz__missed">
                {wrong.map((item) => (
                  <li key={item.id}>
                    <p className="quiz__missed-question">{item.question}</p>
                    <p>
                      <strong>正确答案:{optionText(item, item.answer)}</strong>
                    </p>
                    <p>{item.explanation}</p>
                    <p>
                      <a href={item.teachesHref}>回到课里看看:{item.lessonTitle}</a>
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="quiz__actions">
            <button type="button" className="quiz__button button" onClick={() => restart()}>
              再试一次
            </button>
            {pool && pool.length > items.length && (
              <button
                type="button"
                className="quiz__button button button--quiet"
                onClick={() => restart(drawQuestions(pool, initialItems.length))}
              >
                换一组题
              </button>
            )}
          </p>
        </section>
      )}

      <div className="quiz__footer">
        <p>答题记录只保存在这台设备上,不会发给任何人。</p>
        <button
          type="button"
          className="quiz__button button button--quiet"
          onClick={clear}
          disabled={!hydrated}
        >
          清除记录
        </button>
        <p className="quiz__notice" role="status">
          {notice}
        </p>
      </div>
    </section>
  );
}
