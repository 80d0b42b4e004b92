import { batch, computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { Checklist } from '@/utils/checklist/keys';
import type { FieldsSnapshot } from '@/utils/messaging';
import { readFieldsSnapshot } from '@/utils/messaging/agent';
import type { PageBridge } from '@/utils/panel/page-bridge';
import { buildPlan } from '@/utils/prefill/plan';
import type { Ambiguity, DocKind, FillReport, PrefillPlan } from '@/utils/prefill/types';
import { errorText } from '@/utils/values';

// Prefill as the panel sees it: the plan shown before the click — computed here, in the panel page, from the
// plain description of the page's fields the agent sends when the panel turns its form watcher on and whenever they
// change (session.ts turns it on while the panel is shown) — one click that has the engine
// write and verify in the page, the report, and undo until the page's form is submitted. A document block the
// engine could not tell apart waits for the clerk's one click («Это паспорт» / «Это документ-основание»): the answer
// is remembered for the site as field mappings in settings (through the background) and the form is filled again.

export interface PrefillStateOptions {
  bridge: PageBridge;
  /** The checklist as last saved or read (not every keystroke). */
  checklist: ReadonlySignal<Checklist>;
  /** Saves pending edits first, so the page gets what the clerk sees. */
  flush: () => Promise<void>;
  /** Watch the page only where there is a form to fill (МАИС pages). */
  active: boolean;
  /** The checklist allows a prefill (the clerk confirmed the three conditions). */
  eligible: ReadonlySignal<boolean>;
}

export function createPrefillState({ bridge, checklist, flush, active, eligible }: PrefillStateOptions) {
  const snapshot = signal<FieldsSnapshot | null>(null);
  const report = signal<FillReport | null>(null);
  const canUndo = signal(false);
  const busy = signal(false);
  /** After an undo: how many fields got their previous value back (none: the form had left the page). */
  const undone = signal<number | null>(null);
  const submitted = signal(false);
  const error = signal<string | null>(null);
  /** Unclear document blocks of the last fill, with their fields' selectors. */
  const ambiguities = signal<Ambiguity[]>([]);
  /** What became of the clerk's last document choice. */
  const choiceNotice = signal<string | null>(null);
  /** Blocks the clerk answered on this page (the agent's description still knows only the mappings it started with). */
  const answered = signal<ReadonlySet<string>>(new Set());
  let disposed = false;

  const plan = computed<PrefillPlan | null>(() => {
    const fields = snapshot.value;
    if (!active || !fields) return null;
    try {
      return buildPlan(fields, checklist.value);
    } catch {
      return null;
    }
  });
  const fieldCount = computed(() => plan.value?.fieldCount ?? 0);
  /** Blocks of the plan that will wait for the clerk's answer. */
  const unclear = computed(() => (plan.value?.ambiguities ?? []).filter((a) => !answered.value.has(a.id)));

  /** The page's fields as a change notice brought them. */
  function describe(fields: unknown): void {
    try {
      const fresh = readFieldsSnapshot(fields);
      if (!disposed) snapshot.value = fresh;
    } catch {
      // Not a description the panel can read: the plan stays as it was until the next notice.
    }
  }

  const stops: Array<() => void> = [];
  // A prefill in reach (allowed, and the page has fields it would write): the engine goes into the page now, while
  // the clerk reads the plan, so the click costs the fill alone — loading it took ~20 ms of the click on a МАИС
  // form. Once per panel page; the page's heap then holds the engine (README «Производительность»). A page that
  // cannot take it is no loss: the click itself reports why.
  let readied = false;
  if (active) {
    stops.push(
      effect(() => {
        if (readied || !eligible.value || !plan.value?.targets.length) return;
        readied = true;
        bridge.ready().catch(() => {});
      }),
      bridge.on('fieldsChanged', (event) => {
        if (event?.type === 'fieldsChanged') describe(event.fields);
      }),
      bridge.on('formSubmitted', () => {
        // A saved record is no longer ours to undo.
        batch(() => {
          canUndo.value = false;
          submitted.value = report.value !== null;
        });
      }),
    );
  }

  async function run(documentChoices?: Record<string, DocKind>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    error.value = null;
    if (!documentChoices) choiceNotice.value = null;
    try {
      await flush();
      const result = await bridge.prefill(checklist.value, documentChoices);
      batch(() => {
        report.value = result.report;
        ambiguities.value = result.ambiguities ?? [];
        canUndo.value = result.undoable;
        undone.value = null;
        submitted.value = false;
      });
    } catch (e) {
      error.value = `Не удалось заполнить форму: ${errorText(e)}`;
    } finally {
      busy.value = false;
    }
  }

  /**
   * The clerk's answer for an unclear block: its fields are bound to the chosen document's keys for this site, and
   * the form is filled again with the answer (it applies even where a field has no selector to remember).
   */
  async function choose(ambiguityId: string, kind: DocKind): Promise<void> {
    const ambiguity = ambiguities.value.find((a) => a.id === ambiguityId);
    if (!ambiguity || busy.value) return;
    const fields = ambiguity.fields.flatMap((f) => {
      const key = f.keys[kind];
      return key && f.selector ? [{ key, selector: f.selector }] : [];
    });
    const what = kind === 'identity' ? 'паспорт' : 'документ-основание';
    let notice = `Запомнено для этого сайта: это ${what}.`;
    if (fields.length < ambiguity.fields.length) {
      notice = `Форма заполнена как ${what}, но выбор не запомнен: поле нельзя надёжно найти снова.`;
    }
    try {
      const saved = fields.length > 0 ? await bridge.saveFieldMappings(fields) : null;
      if (saved && !saved.ok) notice = `Форма заполнена как ${what}. ${saved.message}.`;
    } catch (e) {
      notice = `Форма заполнена как ${what}, но выбор не запомнен: ${errorText(e)}.`;
    }
    answered.value = new Set([...answered.value, ambiguityId]);
    await run({ [ambiguityId]: kind });
    choiceNotice.value = notice;
  }

  async function undo(): Promise<void> {
    if (!canUndo.value) return;
    try {
      const { restored } = await bridge.undo();
      batch(() => {
        canUndo.value = false;
        report.value = null;
        ambiguities.value = [];
        choiceNotice.value = null;
        undone.value = restored;
      });
    } catch (e) {
      error.value = `Не удалось вернуть прежние значения: ${errorText(e)}`;
    }
  }

  // The page shows which value goes where while the clerk points at the fill button; a page that cannot is no loss.
  // Nothing to clear unless a preview was asked for: the engine is not loaded into the page just to clear nothing.
  let previewing = false;
  function preview(): Promise<void> {
    previewing = true;
    return bridge.preview(checklist.value).catch(() => {});
  }
  function clearPreview(): Promise<void> {
    if (!previewing) return Promise.resolve();
    previewing = false;
    return bridge.clearPreview().catch(() => {});
  }

  function dispose() {
    disposed = true;
    for (const stop of stops) stop();
  }

  return {
    plan,
    fieldCount,
    unclear,
    report,
    ambiguities,
    choiceNotice,
    canUndo,
    busy,
    undone,
    submitted,
    error,
    run,
    choose,
    undo,
    describe,
    preview,
    clearPreview,
    dispose,
  };
}

export type PrefillState = ReturnType<typeof createPrefillState>;
