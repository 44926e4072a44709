/**
 * The quiz for the room (presenter mode): one question large on the projector, the options
 * lettered A–D for the room to call out, and no answer shown until the presenter reveals it
 * with the button or the A key (答案); then the right option is marked and the explanation shown.
 * With several questions, the N key or "下一题" moves on.
 */
import { useEffect, useRef, useState } from 'react';
import { OPTION_LABELS, optionText, type QuizItem } from '@/lib/quiz/quiz-logic';
import { quizText as t } from '@/lib/ui-strings/quiz';
import './quiz-room.css';

export interface QuizRoomProps {
  items: QuizItem[];
  /** Shown before the question, e.g. "第 2 题"; an empty string shows none (the deck counts slides). */
  label?: string;
}

export default function QuizRoom({ items, label }: QuizRoomProps) {
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const item = items[index];
  const hasNext = index < items.length - 1;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const root = rootRef.current;
      if (!root || !root.checkVisibility() || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'a' || event.key === 'A') {
        setRevealed(true);
      } else if ((event.key === 'n' || event.key === 'N') && hasNext && revealed) {
        setIndex((i) => i + 1);
        setRevealed(false);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hasNext, revealed]);

  if (!item) return null;
  return (
    <section className="quiz-room" ref={rootRef} aria-label={t.roomLabel} data-pagefind-ignore="">
      {label !== '' && <p className="quiz-room__label">{label ?? t.roomCount(index + 1, items.length)}</p>}
      <h2 className="quiz-room__question">{item.question}</h2>
      <ol className="quiz-room__options">
        {item.options.map((option, o) => (
          <li
            key={o}
            className={`quiz-room__option ${revealed ? (o === item.answer ? 'quiz-room__option--right' : 'quiz-room__option--dim') : ''}`}
          >
            <span className="quiz-room__letter">{OPTION_LABELS[o]}</span>
            <span>{option}</span>
            {revealed && o === item.answer && (
              <span className="quiz-room__mark">
                <span aria-hidden="true">✓ </span>
                {t.rightAnswerMark}
              </span>
            )}
          </li>
        ))}
      </ol>
      <div className="quiz-room__answer" aria-live="polite">
        {revealed && (
          <>
            <p className="quiz-room__right">{t.rightAnswer(optionText(item, item.answer))}</p>
            <p className="quiz-room__explanation">{item.explanation}</p>
          </>
        )}
      </div>
      <p className="quiz-room__controls">
        {!revealed && (
          <button type="button" className="quiz-room__button" onClick={() => setRevealed(true)}>
            {t.roomReveal} <kbd>A</kbd>
          </button>
        )}
        {revealed && hasNext && (
          <button
            type="button"
            className="quiz-room__button"
            onClick={() => {
              setIndex(index + 1);
              setRevealed(false);
            }}
          >
            {t.roomNext} <kbd>N</kbd>
          </button>
        )}
      </p>
    </section>
  );
}
