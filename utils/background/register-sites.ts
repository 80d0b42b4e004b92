import type { Browser, PublicPath } from 'wxt/browser';
import type { Settings, SiteKind } from '../settings/schema';
import { rankSites } from '../settings/sites';
import { patternsOverlap } from '../settings/specificity';
import { errorText } from '../values';
import { createSerialQueue } from './serial-queue';

// The page agent (one script per site kind) is registered at runtime for exactly the configured sites' patterns — one registration
// per pattern, so a pattern the browser rejects cannot take the other sites down with it. Syncing compares what is
// registered with what should be and changes only the difference: a background wake-up with unchanged settings
// leaves no moment when a loading page could miss the panel.

export type ContentScriptRegistration = Browser.scripting.RegisteredContentScript;

/** The part of `browser.scripting` the registrar uses (Chrome MV3 and Firefox MV3 alike). */
export interface ScriptingApi {
  getRegisteredContentScripts(): Promise<ContentScriptRegistration[]>;
  registerContentScripts(scripts: ContentScriptRegistration[]): Promise<unknown>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
}

export const PANEL_ID_PREFIX = 'karta-panel-';

// Typed against WXT's generated list of built files: renaming an entrypoints/*-panel.content fails the typecheck.
const ISSUANCE_JS = '/issuance-agent.js' satisfies PublicPath;
const MAIS_JS = '/mais-agent.js' satisfies PublicPath;

export interface AgentFiles {
  js: string[];
  css: string[];
}

/** Built files of each site kind's panel bundle (`registration: 'runtime'`); styles are inlined in the scripts. */
export const AGENT_FILES: Record<SiteKind, AgentFiles> = {
  issuance: { js: [ISSUANCE_JS.slice(1)], css: [] },
  mais: { js: [MAIS_JS.slice(1)], css: [] },
};

export interface SyncReport {
  registered: string[];
  /** Russian messages for patterns the browser refused. */
  errors: string[];
}

/**
 * The registrations the settings ask for: one per distinct pattern, top frame only, at document_start (before the
 * page's scripts, so the gate listens first). Where patterns overlap, each excludes the more specific ones
 * (`excludeMatches`), so a page gets exactly the agent of the site that decides it (settings/sites.ts), as the
 * agent's configuration does for a URL.
 */
export function registrationsFor(
  settings: Settings,
  files: Record<SiteKind, AgentFiles> = AGENT_FILES,
): ContentScriptRegistration[] {
  const patterns = [...new Set(settings.sites.map((site) => site.match))];
  const ranked = rankSites(settings.sites);
  return patterns.map((match, index) => {
    const rank = ranked.findIndex((site) => site.match === match);
    const { kind } = ranked[rank];
    const moreSpecific = ranked.slice(0, rank).map((site) => site.match);
    const excludeMatches = [...new Set(moreSpecific)].filter((m) => m !== match && patternsOverlap(m, match));
    return {
      id: `${PANEL_ID_PREFIX}${index}`,
      matches: [match],
      ...(excludeMatches.length ? { excludeMatches } : {}),
      js: files[kind].js,
      ...(files[kind].css.length ? { css: files[kind].css } : {}),
      runAt: 'document_start',
      allFrames: false,
    };
  });
}

const listKey = (list: readonly string[] | undefined) => JSON.stringify([...(list ?? [])].sort());

function sameRegistration(a: ContentScriptRegistration, b: ContentScriptRegistration): boolean {
  return (
    a.id === b.id &&
    listKey(a.matches) === listKey(b.matches) &&
    listKey(a.excludeMatches) === listKey(b.excludeMatches) &&
    listKey(a.js) === listKey(b.js) &&
    listKey(a.css) === listKey(b.css) &&
    (a.runAt ?? 'document_idle') === (b.runAt ?? 'document_idle') &&
    Boolean(a.allFrames) === Boolean(b.allFrames)
  );
}

export interface SiteRegistrar {
  /** Brings the registrations in line with the current settings; calls are serialised. */
  sync(): Promise<SyncReport>;
}

export function createSiteRegistrar(
  scripting: ScriptingApi,
  loadSettings: () => Promise<Settings>,
): SiteRegistrar {
  const enqueue = createSerialQueue();
  // Chrome keeps registrations across browser restarts; Firefox rejects the option. Learned on first refusal.
  let persistSupported = true;

  async function register(script: ContentScriptRegistration): Promise<void> {
    if (persistSupported) {
      try {
        await scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
        return;
      } catch {
        // A refusal for another reason (a bad pattern) fails again here and is reported with that reason.
        await scripting.registerContentScripts([script]);
        persistSupported = false;
        return;
      }
    }
    await scripting.registerContentScripts([script]);
  }

  async function syncNow(): Promise<SyncReport> {
    // Settings are read when the task runs, not when it was queued: the last sync always sees the last change.
    const wanted = registrationsFor(await loadSettings());
    const ours = (await scripting.getRegisteredContentScripts()).filter((s) =>
      s.id.startsWith(PANEL_ID_PREFIX),
    );
    const keep = ours.filter((s) => wanted.some((w) => sameRegistration(s, w)));
    const stale = ours.filter((s) => !keep.includes(s)).map((s) => s.id);
    if (stale.length) await scripting.unregisterContentScripts({ ids: stale });

    const report: SyncReport = { registered: keep.map((s) => s.id), errors: [] };
    for (const script of wanted) {
      if (report.registered.includes(script.id)) continue;
      try {
        await register(script);
        report.registered.push(script.id);
      } catch (error) {
        report.errors.push(
          `Шаблон адреса «${script.matches?.[0]}» браузер не принял: ${errorText(error)}. Панель там не появится.`,
        );
      }
    }
    return report;
  }

  return { sync: () => enqueue(syncNow) };
}
