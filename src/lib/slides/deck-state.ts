/**
 * What a key does to the deck, as a plain function of the deck's state, so that a presenter with
 * a clicker (PageDown, PageUp, B, Esc and nothing else) can run a whole talk:
 *
 * - on a quiz slide the first "next" reveals the answer and its explanation, the second moves on;
 *   "previous" hides it again (and coming back to a quiz slide shows it revealed, as it was left);
 * - blank is a black screen; any key brings the same slide back without moving;
 * - a panel (go to, key help, overview) closes with the next "next" or "previous", which then
 *   does nothing else: the room never sees the deck jump while the presenter finds her place;
 * - "close" (Esc) closes whatever is open and never opens anything.
 *
 * The DOM side is src/scripts/slides.ts.
 */

export type DeckAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'reveal'
  | 'blank'
  | 'close'
  | 'fullscreen'
  | 'goto'
  | 'overview'
  | 'help'
  | 'presenter';

export type DeckPanel = 'goto' | 'help' | 'overview';

export interface DeckState {
  /** The slide shown, from 0. */
  slide: number;
  /** Whether the current quiz slide shows its answer. */
  revealed: boolean;
  blank: boolean;
  panel: DeckPanel | null;
}

export interface DeckShape {
  count: number;
  /** Whether a slide holds an answer to reveal (a quiz slide). */
  revealable: (slide: number) => boolean;
}

export interface DeckStep {
  state: DeckState;
  /** Past the last slide or before the first: the event's next or previous lesson. */
  leave?: 'next' | 'previous';
}

export const initialState = (slide = 0): DeckState => ({ slide, revealed: false, blank: false, panel: null });

/** Shows a slide; a quiz slide arrived at by going back shows its answer, as it was left. */
function goTo(state: DeckState, slide: number, shape: DeckShape, revealed = false): DeckState {
  const clamped = Math.min(Math.max(slide, 0), Math.max(shape.count - 1, 0));
  return { ...state, slide: clamped, revealed: revealed && shape.revealable(clamped), panel: null };
}

export function step(state: DeckState, action: DeckAction, shape: DeckShape): DeckStep {
  // A black screen: any key brings the same slide back, and does nothing else.
  if (state.blank) return { state: { ...state, blank: false } };
  // An open panel: the clicker's next or previous closes it and does nothing else.
  if (state.panel && (action === 'next' || action === 'previous' || action === 'close'))
    return { state: { ...state, panel: null } };
  const last = shape.count - 1;
  switch (action) {
    case 'next':
      if (shape.revealable(state.slide) && !state.revealed) return { state: { ...state, revealed: true } };
      if (state.slide >= last) return { state, leave: 'next' };
      return { state: goTo(state, state.slide + 1, shape) };
    case 'previous':
      if (shape.revealable(state.slide) && state.revealed) return { state: { ...state, revealed: false } };
      if (state.slide <= 0) return { state, leave: 'previous' };
      return { state: goTo(state, state.slide - 1, shape, true) };
    case 'first':
      return { state: goTo(state, 0, shape) };
    case 'last':
      return { state: goTo(state, last, shape) };
    case 'reveal':
      return { state: { ...state, revealed: shape.revealable(state.slide) } };
    case 'blank':
      return { state: { ...state, blank: true, panel: null } };
    case 'goto':
    case 'help':
    case 'overview':
      return { state: { ...state, panel: state.panel === action ? null : action } };
    case 'close':
    case 'fullscreen':
    case 'presenter':
      return { state };
  }
}

/** Goes to a slide numbered from 1 (the go-to box), closing the panel. */
export function gotoSlide(state: DeckState, number: number, shape: DeckShape): DeckState {
  return Number.isInteger(number) ? goTo(state, number - 1, shape) : { ...state, panel: null };
}
