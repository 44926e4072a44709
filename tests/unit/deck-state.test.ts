import { describe, expect, it } from 'vitest';
import {
  gotoSlide,
  initialState,
  step,
  type DeckAction,
  type DeckState,
} from '../../src/lib/slides/deck-state';

// Five slides; the third (index 2) is a quiz.
const shape = { count: 5, revealable: (slide: number) => slide === 2 };
const run = (actions: DeckAction[], from: DeckState = initialState()) =>
  actions.reduce<{ state: DeckState; leave?: 'next' | 'previous' }>(
    (at, action) => step(at.state, action, shape),
    {
      state: from,
    },
  );

describe('a clicker runs the deck', () => {
  it('reveals a quiz answer with the first next and moves on with the second', () => {
    expect(run(['next', 'next']).state).toMatchObject({ slide: 2, revealed: false });
    expect(run(['next', 'next', 'next']).state).toMatchObject({ slide: 2, revealed: true });
    expect(run(['next', 'next', 'next', 'next']).state).toMatchObject({ slide: 3, revealed: false });
  });

  it('hides the answer with previous, and shows it again on coming back', () => {
    expect(run(['next', 'next', 'next', 'previous']).state).toMatchObject({ slide: 2, revealed: false });
    expect(run(['next', 'next', 'next', 'next', 'previous']).state).toMatchObject({
      slide: 2,
      revealed: true,
    });
  });

  it('brings the same slide back from black with any key, moving nowhere', () => {
    for (const action of ['next', 'previous', 'blank', 'close', 'last'] as const) {
      const { state } = run(['next', 'blank', action]);
      expect(state, action).toMatchObject({ slide: 1, blank: false, revealed: false });
    }
  });

  it('closes a panel with next or previous and does nothing else', () => {
    for (const panel of ['goto', 'help', 'overview'] as const) {
      expect(run(['next', panel, 'next']).state, panel).toMatchObject({ slide: 1, panel: null });
      expect(run(['next', panel, 'previous']).state, panel).toMatchObject({ slide: 1, panel: null });
    }
    expect(run(['overview', 'overview']).state.panel).toBeNull();
  });

  it('never opens anything on Esc', () => {
    expect(run(['close']).state).toEqual(initialState());
  });

  it('leaves for the next or previous lesson past either end', () => {
    expect(run(['last', 'next']).leave).toBe('next');
    expect(run(['previous']).leave).toBe('previous');
  });

  it('reveals only where there is an answer', () => {
    expect(run(['reveal']).state.revealed).toBe(false);
    expect(run(['next', 'next', 'reveal']).state.revealed).toBe(true);
  });

  it('goes to a slide numbered from 1, within the deck', () => {
    expect(gotoSlide(initialState(), 4, shape)).toMatchObject({ slide: 3, panel: null });
    expect(gotoSlide(initialState(), 99, shape).slide).toBe(4);
    expect(gotoSlide({ ...initialState(), panel: 'goto' }, Number.NaN, shape)).toMatchObject({
      slide: 0,
      panel: null,
    });
  });
});
