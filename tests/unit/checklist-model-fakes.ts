import type {
  CaptureEngine,
  CatalogueRules,
  ChecklistRules,
  ChecklistSend,
  FillReport,
  PrefillEngine,
  PrefillPlan,
} from '@/components/panel/checklist/engines';
import { type ChecklistModelDeps, createChecklistModelWith } from '@/components/panel/checklist/model';
import { createPrefillState } from '@/components/panel/checklist/prefill-state';
import {
  type Checklist,
  type ChecklistFields,
  DATE_FIELDS,
  ELIGIBILITY_KEYS,
  FIELD_KEYS,
  type FieldKey,
  OPTIONAL_FIELDS,
} from '@/utils/checklist/keys';
import type { StoredChecklist } from '@/utils/messaging';

// Fakes for the checklist model's collaborators: an in-memory background, simple rules, a capture that returns
// what the test says, and a prefill engine that fills `input[data-key]` controls of the document.

export function fakeBackground(ttlMs = 30 * 60_000, now = () => Date.now()) {
  const state = {
    stored: null as StoredChecklist | null,
    calls: [] as string[],
    fail: null as string | null,
  };
  const send = (async (type: string, ...data: unknown[]) => {
    state.calls.push(type);
    if (state.fail) throw new Error(state.fail);
    if (type === 'getChecklist') return state.stored ? structuredClone(state.stored) : null;
    if (type === 'saveChecklist') {
      state.stored = { checklist: structuredClone(data[0] as Checklist), expiresAt: now() + ttlMs };
      return structuredClone(state.stored);
    }
    if (type === 'clearChecklist') {
      state.stored = null;
      return undefined;
    }
    throw new Error(`unexpected message ${type}`);
  }) as ChecklistSend;
  return { state, send };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const RU = /^(\d{2})\.(\d{2})\.(\d{4})$/;

export const fakeRules: ChecklistRules = {
  validate(key, value) {
    if (!value) return OPTIONAL_FIELDS.includes(key) ? null : 'Заполните поле';
    if (DATE_FIELDS.includes(key) && !ISO.test(value)) return 'Дата должна быть в виде ДД.ММ.ГГГГ';
    if (key === 'snils' && !/^\d{3}-\d{3}-\d{3} \d{2}$/.test(value)) return 'СНИЛС: 11 цифр';
    return null;
  },
  normalize(key, raw) {
    const text = raw.trim().replace(/\s+/g, ' ');
    const ru = RU.exec(text);
    if (DATE_FIELDS.includes(key) && ru) return `${ru[3]}-${ru[2]}-${ru[1]}`;
    const digits = text.replace(/\D/g, '');
    if (key === 'snils' && digits.length === 11)
      return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
    return text;
  },
  display(key, value) {
    const iso = ISO.exec(value);
    return DATE_FIELDS.includes(key) && iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
  },
  missingEligibility(e) {
    return ELIGIBILITY_KEYS.filter((k) => !e[k]).map((key) => ({ key, advice: `Совет для ${key}` }));
  },
};

export const fakeCatalogue: CatalogueRules = {
  categories: [
    { code: 'veteran-labour', name: 'Ветеран труда' },
    { code: 'veteran-labour-nso', name: 'Ветеран труда Новосибирской области' },
  ],
  match: (text) => (text.trim().toLowerCase() === 'ветераны труда' ? 'veteran-labour' : null),
};

export function fakeCapture(fields: Partial<ChecklistFields>) {
  const calls: Document[] = [];
  const engine: CaptureEngine = {
    capturePage(doc) {
      calls.push(doc);
      return { fields };
    },
    mergeCaptured(current, found) {
      const replaced = Boolean(current.fields.snils && found.snils && current.fields.snils !== found.snils);
      const base = replaced
        ? { ...current.fields, ...Object.fromEntries(FIELD_KEYS.map((k) => [k, ''])) }
        : current.fields;
      const next = { ...base };
      const filledKeys: FieldKey[] = [];
      for (const k of FIELD_KEYS) {
        if (found[k] && !next[k]) {
          next[k] = found[k];
          filledKeys.push(k);
        }
      }
      return { checklist: { eligibility: current.eligibility, fields: next }, replaced, filledKeys };
    },
  };
  return { engine, calls };
}

interface FakePlan extends PrefillPlan {
  controls: Map<FieldKey, HTMLInputElement>;
}

/** Fills `<input data-key="<key>">` of the document; a stand-in for utils/prefill with the same shapes. */
export function fakePrefill() {
  const log = { plans: 0, applied: 0, undone: 0, observers: 0, stopped: 0, highlighted: [] as FieldKey[][] };
  const controlsOf = (doc: Document) =>
    new Map(
      [...doc.querySelectorAll<HTMLInputElement>('input[data-key]')].map((el) => [
        el.dataset.key as FieldKey,
        el,
      ]),
    );
  const engine: PrefillEngine<FakePlan, { el: HTMLInputElement; previous: string }[]> = {
    planPrefill(doc, checklist) {
      log.plans++;
      const controls = controlsOf(doc);
      const withValue = FIELD_KEYS.filter((k) => checklist.fields[k]);
      return {
        controls,
        targets: withValue
          .filter((k) => controls.has(k))
          .map((key) => ({ key, value: checklist.fields[key], label: `Поле ${key}` })),
        missing: withValue.filter((k) => !controls.has(k)),
        fieldCount: controls.size,
        formLabel: 'Льгота',
      };
    },
    applyPrefill(plan) {
      log.applied++;
      const undo: { el: HTMLInputElement; previous: string }[] = [];
      const report: FillReport = {};
      for (const key of FIELD_KEYS)
        report[key] = { status: 'not-found', reason: 'На странице нет поля для этого значения' };
      for (const t of plan.targets) {
        const el = plan.controls.get(t.key)!;
        undo.push({ el, previous: el.value });
        el.value = t.value;
        report[t.key] = { status: 'filled', reason: 'Заполнено', label: `Поле ${t.key}` };
      }
      return { report, undo };
    },
    undoPrefill(undo) {
      log.undone++;
      for (const u of undo) u.el.value = u.previous;
    },
    highlight(plan, report) {
      const keys = plan.targets.filter((t) => report[t.key]?.status === 'filled').map((t) => t.key);
      log.highlighted.push(keys);
      return () => {
        log.highlighted = log.highlighted.filter((k) => k !== keys);
      };
    },
    observeFieldCount(doc, cb) {
      log.observers++;
      const observer = new MutationObserver(() => cb(controlsOf(doc).size));
      observer.observe(doc.body, { childList: true, subtree: true });
      return () => {
        log.stopped++;
        observer.disconnect();
      };
    },
  };
  return { engine, log };
}

export function makeModel(over: Partial<ChecklistModelDeps> = {}) {
  const bg = fakeBackground();
  const capture = fakeCapture({});
  const prefill = fakePrefill();
  const model = createChecklistModelWith({
    doc: document,
    kind: 'mais',
    send: bg.send,
    capture: capture.engine,
    prefill: prefill.engine,
    rules: fakeRules,
    catalogue: fakeCatalogue,
    prefillState: createPrefillState,
    ...over,
  });
  return { model, bg, capture, prefill };
}

/** Lets pending promises (fake messages) settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}
