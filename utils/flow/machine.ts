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
  refusal: [],
  mais: [],
};

/**
 * The citizen's answers: each one moves the talk (`go`), records the outcome where the memo's step ends (`record`),
 * or both — a refusal shows step 4 and is recorded at once; «Зарегистрирован, льготы не видно» opens step 5.
 */
export const ANSWERS = {
  accepted: { record: 'accepted' },
  details: { go: 'details' },
  leaflet: { go: 'leaflet' },
  leafletGiven: { record: 'leaflet' },
  refused: { go: 'refusal', record: 'refused' },
  mais: { go: 'mais', record: 'mais' },
} as const satisfies Record<string, { go?: StepId; record?: Outcome }>;
export type AnswerId = keyof typeof ANSWERS;

/** The answers offered on each step, in the order the clerk sees them. */
export const STEP_ANSWERS: Readonly<Record<StepId, readonly AnswerId[]>> = {
  offer: ['accepted', 'details', 'leaflet', 'refused', 'mais'],
  details: ['accepted', 'leaflet', 'refused', 'mais'],
  leaflet: ['leafletGiven', 'details', 'refused', 'mais'],
  refusal: [],
  mais: [],
};

/** The answers the clerk can give now: none once the visit's outcome is recorded. */
export function answersFor(state: FlowState): readonly AnswerId[] {
  return state.outcome === null ? STEP_ANSWERS[state.step] : [];
}

/** The events an answer stands for, in order (move, then record); none when it is not offered now. */
export function answerEvents(state: FlowState, id: AnswerId): FlowEvent[] {
  if (!answersFor(state).includes(id)) return [];
  const answer: { go?: StepId; record?: Outcome } = ANSWERS[id];
  const events: FlowEvent[] = [];
  if (answer.go) events.push({ type: 'go', step: answer.go });
  if (answer.record) events.push({ type: 'record', outcome: answer.record });
  return events;
}

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
