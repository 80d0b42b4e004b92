import { HOST_TAG } from '../agent/host';
import type { Settings } from '../settings/schema';
import { siteFor } from './panel-config';
import { AGENT_FILES } from './register-sites';

// After an install, an update or a reload, pages that were already open still show the previous version's panel —
// a dead frame and its reserved margin — and their gate is gone with the old scripts. The new background removes
// the old host (the margin goes with it: it is a style inside the host) and starts a fresh agent there, so an open
// page keeps its panel and its gate without a reload.

export interface TabsForReinject {
  query(filter: { url: string[] }): Promise<Array<{ id?: number; url?: string }>>;
}
export interface ScriptingForReinject {
  executeScript(injection: {
    target: { tabId: number };
    files?: string[];
    func?: (tag: string) => void;
    args?: string[];
  }): Promise<unknown>;
}

// Runs in the page's isolated world; self-contained.
function removeHosts(tag: string): void {
  for (const el of Array.from(document.querySelectorAll(tag))) el.remove();
}

export async function reinjectOpenTabs(
  settings: Settings,
  tabs: TabsForReinject,
  scripting: ScriptingForReinject,
): Promise<number> {
  const patterns = [...new Set(settings.sites.map((s) => s.match))];
  if (patterns.length === 0) return 0;
  let started = 0;
  for (const tab of await tabs.query({ url: patterns }).catch(() => [])) {
    const site = siteFor(settings, tab.url);
    if (tab.id == null || !site) continue;
    try {
      await scripting.executeScript({ target: { tabId: tab.id }, func: removeHosts, args: [HOST_TAG] });
      await scripting.executeScript({ target: { tabId: tab.id }, files: AGENT_FILES[site.kind].js });
      started++;
    } catch {
      // A tab that cannot be scripted (discarded, an error page) gets the agent on its next load.
    }
  }
  return started;
}
