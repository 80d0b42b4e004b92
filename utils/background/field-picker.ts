import { FIELD_LABELS } from '../checklist/labels';
import type { CallEngine } from '../engine/load';
import type { PickAnswer } from '../messaging/engine';
import { readEffectiveSettings } from '../settings/effective';
import { patternParts } from '../settings/match-pattern';
import type {
  PickFieldRequest,
  PickFieldResult,
  TestSelectorRequest,
  TestSelectorResult,
} from '../settings/picker-messages';
import { fieldLock } from '../settings/policy';
import { saveFieldMapping } from '../settings/save';
import { findSite } from '../settings/sites';

// The options page's field picker, in the background: find a tab the site decides (or open the site's address),
// bring it to the front, run the engine's `pick` there, store the answer with saveFieldMapping and go back to the
// options page; or count and outline what a selector matches on the site's open tab.

export interface PickerTab {
  id?: number;
  url?: string;
  status?: string;
  windowId?: number;
  lastAccessed?: number;
}

interface Listeners<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

export interface TabsForPicker {
  query(query: Record<string, never>): Promise<PickerTab[]>;
  get(tabId: number): Promise<PickerTab>;
  create(props: { url: string; active: boolean }): Promise<PickerTab>;
  update(tabId: number, props: { active: boolean }): Promise<unknown>;
  onUpdated: Listeners<(tabId: number, change: { status?: string }) => void>;
  onRemoved: Listeners<(tabId: number) => void>;
}

export interface FieldPickerDeps {
  tabs: TabsForPicker;
  windows?: { update(windowId: number, props: { focused: boolean }): Promise<unknown> };
  callEngine: CallEngine;
  /** How long an opened page may take to load. */
  loadTimeoutMs?: number;
}

export interface FieldPicker {
  pick(request: PickFieldRequest, returnToTab?: number): Promise<PickFieldResult>;
  test(request: TestSelectorRequest): Promise<TestSelectorResult>;
}

/** The address to open for a pattern that names one (`https://mais.nso.ru/*` → `https://mais.nso.ru/`), or null. */
export function addressOfPattern(match: string): string | null {
  const parts = patternParts(match);
  if (!parts || !['*', 'http', 'https'].includes(parts.scheme)) return null;
  if (!parts.host || parts.host.includes('*')) return null;
  const scheme = parts.scheme === '*' ? 'https' : parts.scheme;
  return `${scheme}://${parts.host}${parts.path.split('*')[0]}`;
}

/** Resolves when `tabId` has loaded, or when it is gone or too slow (then false). */
function whenLoaded(tabs: TabsForPicker, tabId: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      tabs.onUpdated.removeListener(onUpdated);
      tabs.onRemoved.removeListener(onRemoved);
      resolve(ok);
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done(true);
    };
    const onRemoved = (id: number) => id === tabId && done(false);
    const timer = setTimeout(() => done(false), timeoutMs);
    tabs.onUpdated.addListener(onUpdated);
    tabs.onRemoved.addListener(onRemoved);
    tabs.get(tabId).then(
      (tab) => tab.status === 'complete' && done(true),
      () => done(false),
    );
  });
}

/** Resolves `cancelled` when the tab is closed or starts loading another page (the engine goes with it). */
function untilTabLeaves(tabs: TabsForPicker, tabId: number): { left: Promise<PickAnswer>; stop(): void } {
  let stop = () => {};
  const left = new Promise<PickAnswer>((resolve) => {
    const onUpdated = (id: number, change: { status?: string }) =>
      id === tabId && change.status === 'loading' && resolve({ status: 'cancelled' });
    const onRemoved = (id: number) => id === tabId && resolve({ status: 'cancelled' });
    tabs.onUpdated.addListener(onUpdated);
    tabs.onRemoved.addListener(onRemoved);
    stop = () => {
      tabs.onUpdated.removeListener(onUpdated);
      tabs.onRemoved.removeListener(onRemoved);
    };
  });
  return { left, stop };
}

export function createFieldPicker({
  tabs,
  windows,
  callEngine,
  loadTimeoutMs = 30_000,
}: FieldPickerDeps): FieldPicker {
  const decides = async (match: string, url: string | undefined) =>
    !!url && findSite((await readEffectiveSettings()).settings.sites, url)?.match === match;

  /** Open tabs of the site, the one used most recently first. */
  async function siteTabs(match: string): Promise<PickerTab[]> {
    const { sites } = (await readEffectiveSettings()).settings;
    const open = (await tabs.query({})).filter(
      (tab) => typeof tab.id === 'number' && tab.url && findSite(sites, tab.url)?.match === match,
    );
    return open.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  }

  async function openSitePage(match: string): Promise<PickerTab | null> {
    const address = addressOfPattern(match);
    if (!address) return null;
    const created = await tabs.create({ url: address, active: true });
    if (typeof created.id !== 'number' || !(await whenLoaded(tabs, created.id, loadTimeoutMs))) return null;
    const loaded = await tabs.get(created.id);
    // A login page or any other address the site does not decide: the administrator signs in and tries again.
    return (await decides(match, loaded.url)) ? loaded : null;
  }

  async function toFront(tab: PickerTab | undefined): Promise<void> {
    if (typeof tab?.id !== 'number') return;
    await tabs.update(tab.id, { active: true }).catch(() => {});
    if (typeof tab.windowId === 'number')
      await windows?.update(tab.windowId, { focused: true }).catch(() => {});
  }

  async function pick({ match, key }: PickFieldRequest, returnToTab?: number): Promise<PickFieldResult> {
    const effective = await readEffectiveSettings();
    if (!effective.settings.sites.some((site) => site.match === match))
      return { status: 'refused', reason: `сайта с шаблоном «${match}» нет в настройках` };
    if (effective.locks.has(fieldLock(match, key)))
      return { status: 'refused', reason: 'привязка этого поля задана администратором' };
    const tab = (await siteTabs(match))[0] ?? (await openSitePage(match));
    if (typeof tab?.id !== 'number') return { status: 'no-page' };
    const back =
      typeof returnToTab === 'number' ? await tabs.get(returnToTab).catch(() => undefined) : undefined;
    await toFront(tab);
    const watch = untilTabLeaves(tabs, tab.id);
    let answer: PickAnswer;
    try {
      answer = await Promise.race([callEngine(tab.id, 'pick', { title: FIELD_LABELS[key] }), watch.left]);
    } catch {
      return { status: 'refused', reason: 'страница не дала выбрать поле; перезагрузите её и повторите' };
    } finally {
      watch.stop();
      await toFront(back);
    }
    if (answer.status !== 'picked') return { status: 'cancelled' };
    const saved = await saveFieldMapping(match, key, answer.selector);
    if (!saved.ok) return { status: 'refused', reason: saved.problems.map((p) => p.message).join('; ') };
    return answer;
  }

  async function test({ match, selector }: TestSelectorRequest): Promise<TestSelectorResult> {
    const [tab] = await siteTabs(match);
    if (typeof tab?.id !== 'number') return { status: 'no-page' };
    const { matchCount } = await callEngine(tab.id, 'testSelector', { selector });
    return { status: 'tested', matchCount, pageUrl: tab.url ?? '' };
  }

  return { pick, test };
}
