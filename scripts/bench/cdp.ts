import type { BrowserContext, CDPSession, Frame, Page } from 'playwright-core';

// Chrome DevTools Protocol in the bench: main-thread metrics of a page (CPU time, not wall time: the machine is
// shared), heap after a forced collection, sampling profiles attributed to the extension's scripts or the page's,
// and a session on the extension's service worker (reached through the browser's own session).

// biome-ignore lint/suspicious/noExplicitAny: protocol answers are read field by field
export type Cdp = { send(method: string, params?: object): Promise<any> };

export async function cdpOf(
  context: BrowserContext,
  target: Page | Frame,
): Promise<Cdp & { detach(): Promise<void> }> {
  const session: CDPSession = await context.newCDPSession(target);
  // Thread ticks: TaskDuration, ScriptDuration… count CPU time of the main thread, not time waiting for a core.
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return session as unknown as Cdp & { detach(): Promise<void> };
}

export async function metrics(cdp: Cdp): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries((list as { name: string; value: number }[]).map((m) => [m.name, m.value]));
}

/** Bytes of the isolate's JS heap in use after a full collection (a page's isolate includes content scripts). */
export async function heapAfterGc(cdp: Cdp): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize as number;
}

/** The extension's service worker, attached through the browser session (no flat mode in playwright's CDPSession). */
export async function serviceWorkerCdp(context: BrowserContext): Promise<Cdp> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind the context');
  const root = await browser.newBrowserCDPSession();
  const { targetInfos } = await root.send('Target.getTargets');
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension:'),
  );
  if (!worker) throw new Error('the extension has no running service worker');
  const { sessionId } = await root.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  let next = 0;
  const pending = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  root.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
        void root.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params }),
        });
      }),
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ScriptTime {
  /** ms of samples with one of the extension's scripts on the stack. */
  extension: number;
  /** ms of samples with only the page's scripts on the stack. */
  page: number;
  /** ms of garbage collection (whoever made the garbage). */
  gc: number;
}

/** Samples `ms` of CPU profile on one target and says whose script each sample was running. */
export async function profileFor(cdp: Cdp, durationMs: number, extensionOrigin: string): Promise<ScriptTime> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await new Promise((r) => setTimeout(r, durationMs));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.send('Profiler.disable');
  return attribute(profile, extensionOrigin);
}

export function attribute(profile: Profile, extensionOrigin: string): ScriptTime {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Samples outside any script — (program), (idle), (root) — are not counted: on a busy machine they include time
  // the thread waited for a core.
  type Owner = keyof ScriptTime | 'none';
  const owner = new Map<number, Owner>();
  const ownerOf = (id: number): Owner => {
    const known = owner.get(id);
    if (known) return known;
    let result: Owner = byId.get(id)?.callFrame.functionName === '(garbage collector)' ? 'gc' : 'none';
    for (let at: number | undefined = id; at !== undefined && result !== 'gc'; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      if (url.startsWith(extensionOrigin)) {
        result = 'extension';
        break;
      }
      if (url) result = 'page';
    }
    owner.set(id, result);
    return result;
  };
  const total: Record<Owner, number> = { extension: 0, page: 0, gc: 0, none: 0 };
  profile.samples.forEach((id, i) => {
    total[ownerOf(id)] += (profile.timeDeltas[i + 1] ?? 0) / 1000;
  });
  return { extension: total.extension, page: total.page, gc: total.gc };
}
