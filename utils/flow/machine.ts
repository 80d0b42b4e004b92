import type { StepId } from '../content-pack/steps';
import type { Outcome } from '../journal/outcomes';

// The memo's conversation (steps 1–5) as a pure state machine: no DOM, no signals, no messaging.
// The panel model keeps one FlowState in a signal and feeds events through `flowReducer`.

export interface FlowState {
  /** The step on screen. */
  step: StepId;
  /** Steps left behind, most recent last; «Назад» pops from here. */
  history: StepId[];
  /** Every step shown during this visit, in first-shown order, no repeats (goes to the journal). */
  stepsShown: StepId[];
  /** Set once an outcome is recorded: the visit is over until `reset`. */
  outcome: Outcome | null;
}

export type FlowEvent =
  | { type: 'go'; step: StepId }
  | { type: 'back' }
  | { type: 'record'; outcome: Outcome }
  | { type: 'reset' };

/** Which steps a clerk can move to from each step (the memo's branches; step 5 is reachable from any talk). */
export const NEXT_STEPS: Readonly<Record<StepId, readonly StepId[]>> = {
  offer: ['details', 'leaflet', 'refusal', 'mais'],
  details: ['leaflet', 'refusal', 'mais'],
  leaflet: ['details', 'refusal', 'mais'],
  refusal: ['details', 'leaflet'],
  mais: [],
};

export function initialFlow(): FlowState {
  return { step: 'offer', history: [], stepsShown: ['offer'], outcome: null };
}

export function canGo(state: FlowState, step: StepId): boolean {
  return state.outcome === null && NEXT_STEPS[state.step].includes(step);
}

export function canGoBack(state: FlowState): boolean {
  return state.outcome === null && state.history.length > 0;
}

/** Returns the next state; an event that does not apply returns the same object (callers may compare by identity). */
export function flowReducer(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'go': {
      if (!canGo(state, event.step)) return state;
      const stepsShown = state.stepsShown.includes(event.step)
        ? state.stepsShown
        : [...state.stepsShown, event.step];
      return { ...state, step: event.step, history: [...state.history, state.step], stepsShown };
    }
    case 'back': {
      if (!canGoBack(state)) return state;
      const history = state.history.slice(0, -1);
      return { ...state, step: state.history[state.history.length - 1], history };
    }
    case 'record': {
      if (state.outcome !== null) return state;
      return { ...state, outcome: event.outcome };
    }
    case 'reset':
      return initialFlow();
  }
}
