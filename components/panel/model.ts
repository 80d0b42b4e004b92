import { computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import type { PanelUiState } from '@/utils/agent/ui-state';
import type { StepId } from '@/utils/content-pack/steps';
import {
  type AnswerId,
  answerEvents,
  type FlowEvent,
  type FlowState,
  flowReducer,
  initialFlow,
} from '@/utils/flow/machine';
import { OUTCOME_LABELS, type Outcome } from '@/utils/journal/outcomes';
import type { PanelConfig } from '@/utils/messaging';

// The panel's state: signals created fresh per mount (no module singletons) and disposed on unmount.
// Side effects (journal message, remembered look) come in as dependencies so tests can observe them.

export type PanelView = 'pitch' | 'checklist';

export interface PanelStatus {
  text: string;
  visible: boolean;
}

export interface PanelDeps {
  recordOutcome(data: { outcome: Outcome; steps: string[]; siteKind: PanelConfig['kind'] }): Promise<unknown>;
  loadUi(): Promise<PanelUiState>;
  saveUi(state: PanelUiState): Promise<void>;
}

export interface PanelModel {
  readonly config: PanelConfig;
  /** The page has the memo's conversation (steps 1–4); without it the panel shows only the checklist. */
  readonly hasPitch: boolean;
  readonly collapsed: Signal<boolean>;
  readonly flow: Signal<FlowState>;
  readonly view: ReadonlySignal<PanelView>;
  /**
   * Polite status line. `visible: false` is for screen readers only, when the same words are already on screen
   * (the recorded outcome in the outcome bar).
   */
  readonly status: Signal<PanelStatus>;
  /** Shown while the page's issue control is held. */
  readonly gateNotice: Signal<string | null>;
  readonly recording: Signal<boolean>;
  /** Resolves once the remembered collapsed/expanded choice has been read. */
  readonly ready: Promise<void>;
  setCollapsed(collapsed: boolean): void;
  toggle(): void;
  go(step: StepId): void;
  back(): void;
  record(outcome: Outcome): Promise<void>;
  /** The citizen's answer on the current step: moves the talk and/or records the outcome (flow ANSWERS). */
  answer(id: AnswerId): Promise<void>;
  newVisitor(): void;
  /** After a capture (or a clerk's choice) the checklist replaces the pitch; `showPitch` returns to it. */
  showChecklist(): void;
  showPitch(): void;
  /** The soft gate held the page's issue control: expand and explain. */
  gateHeld(): void;
  onOutcome(listener: (outcome: Outcome) => void): () => void;
  onNewVisitor(listener: () => void): () => void;
  dispose(): void;
}

export const GATE_NOTICE =
  'Сначала предложите Социальный проездной в «Карте жителя НСО» и отметьте итог беседы. При отказе оформление ' +
  'карты продолжится само, без повторного нажатия.';

/** Said when an outcome other than refusal ends a visit whose issue click was held. */
export const NOT_ISSUED_NOTE =
  'Пластиковая карта не оформлялась. Если она всё же нужна, нажмите кнопку оформления на странице ещё раз.';

export function createPanelModel(
  config: PanelConfig,
  deps: PanelDeps,
  { hasPitch }: { hasPitch: boolean },
): PanelModel {
  const collapsed = signal(false);
  const flow = signal<FlowState>(initialFlow());
  const checklistOpen = signal(!hasPitch);
  const status = signal<PanelStatus>({ text: '', visible: false });
  const gateNotice = signal<string | null>(null);
  const recording = signal(false);
  const outcomeListeners = new Set<(outcome: Outcome) => void>();
  const visitorListeners = new Set<() => void>();
  let disposed = false;
  let touched = false; // a clerk's choice made before storage answered wins over the stored one

  const view = computed<PanelView>(() => (!hasPitch || checklistOpen.value ? 'checklist' : 'pitch'));

  const ready = deps.loadUi().then((ui) => {
    if (!disposed && !touched) collapsed.value = ui.collapsed;
  });

  const dispatch = (event: FlowEvent) => {
    flow.value = flowReducer(flow.value, event);
  };

  const setCollapsed = (value: boolean) => {
    touched = true;
    if (collapsed.value === value) return;
    collapsed.value = value;
    void deps.saveUi({ collapsed: value });
  };

  const model: PanelModel = {
    config,
    hasPitch,
    collapsed,
    flow,
    view,
    status,
    gateNotice,
    recording,
    ready,
    setCollapsed,
    toggle: () => setCollapsed(!collapsed.value),
    go(step) {
      dispatch({ type: 'go', step });
      if (flow.value.step === 'mais') checklistOpen.value = true;
    },
    back() {
      dispatch({ type: 'back' });
      if (flow.value.step !== 'mais' && hasPitch) checklistOpen.value = false;
    },
    async record(outcome) {
      const state = flow.value;
      if (state.outcome !== null || recording.value) return;
      recording.value = true;
      dispatch({ type: 'record', outcome });
      if (outcome === 'mais') checklistOpen.value = true;
      const heldIssue = gateNotice.value !== null;
      gateNotice.value = null;
      let saved = true;
      try {
        await deps.recordOutcome({ outcome, steps: [...state.stepsShown], siteKind: config.kind });
      } catch {
        saved = false;
      }
      recording.value = false;
      if (disposed) return;
      status.value = saved
        ? heldIssue && outcome !== 'refused'
          ? { text: `Итог записан: ${OUTCOME_LABELS[outcome]}. ${NOT_ISSUED_NOTE}`, visible: true }
          : { text: `Итог записан: ${OUTCOME_LABELS[outcome]}.`, visible: false }
        : {
            text: `Итог «${OUTCOME_LABELS[outcome]}» не удалось записать в журнал; беседа завершена, работа продолжается.`,
            visible: true,
          };
      // The gate opens whatever was chosen (the clerk has offered Карта жителя); only a refusal replays the issuance.
      for (const listener of outcomeListeners) listener(outcome);
    },
    async answer(id) {
      for (const event of answerEvents(flow.value, id)) {
        if (event.type === 'go') model.go(event.step);
        if (event.type === 'record') await model.record(event.outcome);
      }
    },
    newVisitor() {
      dispatch({ type: 'reset' });
      checklistOpen.value = !hasPitch;
      status.value = { text: 'Новый посетитель: беседа начата заново.', visible: true };
      gateNotice.value = null;
      for (const listener of visitorListeners) listener();
    },
    showChecklist() {
      checklistOpen.value = true;
      setCollapsed(false); // a capture from the collapsed tab shows its result
    },
    showPitch() {
      if (!hasPitch) return;
      if (flow.value.step === 'mais') dispatch({ type: 'back' });
      checklistOpen.value = false;
    },
    gateHeld() {
      touched = true;
      collapsed.value = false;
      void deps.saveUi({ collapsed: false });
      gateNotice.value = GATE_NOTICE;
      if (flow.value.outcome === null && flow.value.step !== 'mais') checklistOpen.value = false;
    },
    onOutcome(listener) {
      outcomeListeners.add(listener);
      return () => outcomeListeners.delete(listener);
    },
    onNewVisitor(listener) {
      visitorListeners.add(listener);
      return () => visitorListeners.delete(listener);
    },
    dispose() {
      disposed = true;
      outcomeListeners.clear();
      visitorListeners.clear();
    },
  };
  return model;
}
