import { type ChecklistModelDeps, createChecklistModel } from '@/components/panel/checklist/model';
import type { CatalogueRules, ChecklistRules } from '@/components/panel/checklist/rules';
import type { ChecklistBackend } from '@/components/panel/checklist/store';
import {
  type Checklist,
  type ChecklistFields,
  DATE_FIELDS,
  ELIGIBILITY_KEYS,
  emptyChecklist,
  OPTIONAL_FIELDS,
} from '@/utils/checklist/keys';
import type { StoredChecklist } from '@/utils/messaging';
import { createLocalBridge } from './local-bridge';

// Fakes for the checklist model's collaborators: an in-memory background and simple rules; the page is the real
// agent and engine on happy-dom's document (local-bridge.ts), with a capture that returns what the test says.

export function fakeBackground(ttlMs = 30 * 60_000, now = () => Date.now()) {
  const state = {
    stored: null as StoredChecklist | null,
    calls: [] as string[],
    fail: null as string | null,
  };
  const call = (type: string) => {
    state.calls.push(type);
    if (state.fail) throw new Error(state.fail);
  };
  const backend: ChecklistBackend = {
    async get() {
      call('getChecklist');
      return state.stored ? structuredClone(state.stored) : null;
    },
    async save(checklist: Checklist) {
      call('saveChecklist');
      state.stored = { checklist: structuredClone(checklist), expiresAt: now() + ttlMs };
      return structuredClone(state.stored);
    },
    async clear() {
      call('clearChecklist');
      state.stored = null;
    },
  };
  return { state, backend };
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

export function makeModel(
  over: Partial<ChecklistModelDeps> & {
    captured?: Partial<ChecklistFields>;
    pageDoc?: Document;
    /** The checklist the background holds before the panel loads. */
    stored?: Checklist;
  } = {},
) {
  const bg = fakeBackground();
  const { captured, pageDoc = document, stored, ...deps } = over;
  if (stored) bg.state.stored = { checklist: stored, expiresAt: Date.now() + 60_000 };
  const page = createLocalBridge(pageDoc, { captured });
  const model = createChecklistModel({
    doc: document,
    backend: bg.backend,
    bridge: page.bridge,
    rules: fakeRules,
    catalogue: fakeCatalogue,
    fillsForms: true,
    ...deps,
  });
  // The panel shown, as its session has it: a page with a form to fill is watched, and its fields arrive.
  if (deps.fillsForms !== false) void page.bridge.watchFields(true);
  return { model, bg, page };
}

/** Lets pending promises (fake messages, the page's packed descriptions) settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  for (let i = 0; i < 4; i++) await new Promise((r) => setTimeout(r, 0));
}

/** A stored checklist holding these fields. */
export function storedWith(fields: Partial<ReturnType<typeof emptyChecklist>['fields']>) {
  const c = emptyChecklist();
  Object.assign(c.fields, fields);
  return c;
}
