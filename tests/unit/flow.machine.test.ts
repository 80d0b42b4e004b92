import { describe, expect, test } from 'vitest';
import { STEP_IDS } from '@/utils/content-pack/steps';
import {
  ANSWERS,
  type AnswerId,
  answerEvents,
  answersFor,
  canGo,
  canGoBack,
  type FlowEvent,
  type FlowState,
  flowReducer,
  initialFlow,
  NEXT_STEPS,
  STEP_ANSWERS,
} from '@/utils/flow/machine';

const run = (...events: FlowEvent[]) => events.reduce(flowReducer, initialFlow());

describe('pitch flow machine', () => {
  test('starts on step 1 (offer) with offer shown and no outcome', () => {
    expect(initialFlow()).toEqual({ step: 'offer', history: [], stepsShown: ['offer'], outcome: null });
  });

  test('initialFlow returns a fresh object each time (no shared state between visits)', () => {
    const a = initialFlow();
    a.stepsShown.push('details');
    expect(initialFlow().stepsShown).toEqual(['offer']);
  });

  test('the memo branches from step 1: details, leaflet, refusal, mais', () => {
    for (const step of ['details', 'leaflet', 'refusal', 'mais'] as const) {
      const state = run({ type: 'go', step });
      expect(state.step).toBe(step);
      expect(state.history).toEqual(['offer']);
      expect(state.stepsShown).toEqual(['offer', step]);
    }
  });

  test('records steps shown in first-shown order without repeats', () => {
    const state = run(
      { type: 'go', step: 'details' },
      { type: 'go', step: 'leaflet' },
      { type: 'back' },
      { type: 'go', step: 'leaflet' },
      { type: 'go', step: 'refusal' },
    );
    expect(state.stepsShown).toEqual(['offer', 'details', 'leaflet', 'refusal']);
    expect(state.history).toEqual(['offer', 'details', 'leaflet']);
  });

  test('back returns step by step to the start and then does nothing', () => {
    let state = run({ type: 'go', step: 'details' }, { type: 'go', step: 'refusal' });
    state = flowReducer(state, { type: 'back' });
    expect(state.step).toBe('details');
    state = flowReducer(state, { type: 'back' });
    expect(state.step).toBe('offer');
    expect(canGoBack(state)).toBe(false);
    expect(flowReducer(state, { type: 'back' })).toBe(state);
  });

  test('back keeps the steps already shown (the journal counts what the citizen heard)', () => {
    const state = run({ type: 'go', step: 'details' }, { type: 'back' });
    expect(state.step).toBe('offer');
    expect(state.stepsShown).toEqual(['offer', 'details']);
  });

  test('transitions not in the memo are ignored and return the same state', () => {
    const atMais = run({ type: 'go', step: 'mais' });
    expect(flowReducer(atMais, { type: 'go', step: 'details' })).toBe(atMais);
    const atOffer = initialFlow();
    expect(flowReducer(atOffer, { type: 'go', step: 'offer' })).toBe(atOffer);
    const atDetails = run({ type: 'go', step: 'details' });
    expect(canGo(atDetails, 'offer')).toBe(false);
    expect(flowReducer(atDetails, { type: 'go', step: 'offer' })).toBe(atDetails);
  });

  test('every step id has an entry in NEXT_STEPS and never points to itself', () => {
    for (const id of STEP_IDS) {
      expect(NEXT_STEPS[id]).toBeDefined();
      expect(NEXT_STEPS[id]).not.toContain(id);
    }
  });

  test('recording an outcome ends the visit: no navigation, no second outcome', () => {
    const ended = run({ type: 'go', step: 'details' }, { type: 'record', outcome: 'accepted' });
    expect(ended.outcome).toBe('accepted');
    expect(ended.step).toBe('details');
    expect(flowReducer(ended, { type: 'record', outcome: 'refused' })).toBe(ended);
    expect(flowReducer(ended, { type: 'go', step: 'leaflet' })).toBe(ended);
    expect(flowReducer(ended, { type: 'back' })).toBe(ended);
    expect(canGo(ended, 'leaflet')).toBe(false);
    expect(canGoBack(ended)).toBe(false);
  });

  test('any outcome can be recorded on any step, straight from step 1', () => {
    for (const outcome of ['accepted', 'leaflet', 'refused', 'mais'] as const) {
      const state = run({ type: 'record', outcome });
      expect(state.outcome).toBe(outcome);
      expect(state.stepsShown).toEqual(['offer']);
    }
  });

  test('reset starts a new visit on step 1', () => {
    const state = run(
      { type: 'go', step: 'leaflet' },
      { type: 'record', outcome: 'leaflet' },
      { type: 'reset' },
    );
    expect(state).toEqual(initialFlow());
  });

  test('reset works mid-visit too', () => {
    expect(run({ type: 'go', step: 'refusal' }, { type: 'reset' })).toEqual(initialFlow());
  });

  test('reducer never mutates the previous state', () => {
    const before = run({ type: 'go', step: 'details' });
    const snapshot = structuredClone(before);
    flowReducer(before, { type: 'go', step: 'leaflet' });
    flowReducer(before, { type: 'back' });
    flowReducer(before, { type: 'record', outcome: 'leaflet' });
    expect(before).toEqual(snapshot);
  });
});

describe('the citizen’s answers', () => {
  const apply = (state: FlowState, id: AnswerId) => answerEvents(state, id).reduce(flowReducer, state);

  test('each step offers its answers; none once the outcome is recorded', () => {
    expect(answersFor(initialFlow())).toEqual(['accepted', 'details', 'leaflet', 'refused', 'mais']);
    expect(answersFor(run({ type: 'go', step: 'leaflet' }))).toContain('leafletGiven');
    expect(answersFor(run({ type: 'record', outcome: 'accepted' }))).toEqual([]);
    for (const id of STEP_IDS) for (const answer of STEP_ANSWERS[id]) expect(ANSWERS[answer]).toBeDefined();
  });

  test('a refusal moves to step 4 and records `refused` in one answer', () => {
    const state = apply(initialFlow(), 'refused');
    expect(state).toMatchObject({ step: 'refusal', outcome: 'refused', stepsShown: ['offer', 'refusal'] });
  });

  test('step 5 is shown and `mais` recorded by «Зарегистрирован, льготы не видно»', () => {
    expect(apply(run({ type: 'go', step: 'details' }), 'mais')).toMatchObject({
      step: 'mais',
      outcome: 'mais',
    });
  });

  test('«Интересуется» and «Нет времени» only move; «Лифлет выдан» records `leaflet` on step 3', () => {
    const atLeaflet = apply(apply(initialFlow(), 'details'), 'leaflet');
    expect(atLeaflet).toMatchObject({ step: 'leaflet', outcome: null });
    expect(apply(atLeaflet, 'leafletGiven')).toMatchObject({ step: 'leaflet', outcome: 'leaflet' });
  });

  test('an answer is recorded once: a second answer after the outcome changes nothing', () => {
    const ended = apply(initialFlow(), 'accepted');
    expect(ended.outcome).toBe('accepted');
    expect(answerEvents(ended, 'refused')).toEqual([]);
    expect(apply(ended, 'refused')).toBe(ended);
  });

  test('an answer not offered on the step yields no events (step 3’s «Лифлет выдан» on step 1)', () => {
    expect(answerEvents(initialFlow(), 'leafletGiven')).toEqual([]);
    expect(answerEvents(initialFlow(), 'accepted')).toEqual([{ type: 'record', outcome: 'accepted' }]);
  });
});
