import type { ContentScriptRegistration } from '@/utils/background/register-sites';

// An in-memory scripting API that behaves like the browsers' on the points the registrar depends on:
// duplicate ids are refused, a refused registration registers nothing, calls take time.

export interface FakeScriptingOptions {
  rejects?: (match: string) => boolean;
  persistUnsupported?: boolean;
  delayMs?: number;
}

export function createFakeScripting({ rejects, persistUnsupported, delayMs = 0 }: FakeScriptingOptions = {}) {
  const scripts = new Map<string, ContentScriptRegistration>();
  const calls: string[] = [];
  const tick = () => new Promise((resolve) => setTimeout(resolve, delayMs));
  /** What was injected into pages (the engine, the form reader), in order. */
  const executeScript = vi.fn(async (_injection: unknown) => [{ result: undefined }]);
  return {
    calls,
    executeScript,
    async getRegisteredContentScripts() {
      calls.push('get');
      await tick();
      return [...scripts.values()].map((s) => structuredClone(s));
    },
    async registerContentScripts(list: ContentScriptRegistration[]) {
      await tick();
      for (const s of list) {
        if (persistUnsupported && 'persistAcrossSessions' in s) {
          throw new Error('Type error for parameter scripts: persistAcrossSessions is unsupported');
        }
        if (scripts.has(s.id)) throw new Error(`Content script with id "${s.id}" is already registered.`);
        if (s.matches?.some((m) => rejects?.(m))) throw new Error(`Invalid url pattern '${s.matches[0]}'`);
      }
      for (const s of list) {
        calls.push(`register ${s.id}`);
        scripts.set(s.id, structuredClone(s));
      }
    },
    async unregisterContentScripts(filter?: { ids?: string[] }) {
      await tick();
      const ids = filter?.ids ?? [...scripts.keys()];
      for (const id of ids) {
        calls.push(`unregister ${id}`);
        scripts.delete(id);
      }
    },
    patterns(): Record<string, string[] | undefined> {
      return Object.fromEntries([...scripts.values()].map((s) => [s.id, s.matches]));
    },
    persistFlags() {
      return [...scripts.values()]
        .filter((s) => s.id.startsWith('karta-'))
        .map((s) => s.persistAcrossSessions);
    },
  };
}
