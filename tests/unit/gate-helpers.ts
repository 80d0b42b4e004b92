import { vi } from 'vitest';
import { createGate, type GateOptions, type GateSettings } from '@/utils/gate/gate';

// Shared by the gate unit tests: a gate on happy-dom's window, torn down by its AbortSignal, and a log of what the
// page's own handlers saw.

const running: AbortController[] = [];

/** A configured gate (enabled, heuristic) unless `settings` says otherwise; `settings: null` leaves it unconfigured. */
export function startGate(options: Partial<GateOptions> & { settings?: GateSettings | null } = {}) {
  const { settings = { enabled: true }, ...rest } = options;
  const controller = new AbortController();
  running.push(controller);
  const onHold = vi.fn();
  const gate = createGate({ win: window, signal: controller.signal, onHold, ...rest });
  if (settings) gate.configure(settings);
  return { gate, onHold, controller };
}

export function stopGates(): void {
  for (const controller of running.splice(0)) controller.abort();
  document.body.innerHTML = '';
}

/** Records `id:type` for each listed event type reaching `target` (bubbling phase: what a page handler sees). */
export function pageLog(targets: Record<string, EventTarget>, types: string[]): string[] {
  const log: string[] = [];
  for (const [id, target] of Object.entries(targets)) {
    for (const type of types) target.addEventListener(type, () => log.push(`${id}:${type}`));
  }
  return log;
}

export const byId = <T extends HTMLElement = HTMLElement>(id: string, doc: Document = document) =>
  doc.getElementById(id) as T;

/** A mouse gesture as a browser makes it: pointer, mouse, click. */
export function realClick(target: Element, at = { clientX: 40, clientY: 20 }): void {
  const init = { bubbles: true, cancelable: true, composed: true, ...at };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse' }));
  target.dispatchEvent(new MouseEvent('mousedown', init));
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'mouse' }));
  target.dispatchEvent(new MouseEvent('mouseup', init));
  target.dispatchEvent(new MouseEvent('click', init));
}

export function press(target: Element, key: string, type: 'keydown' | 'keyup' = 'keydown'): boolean {
  return target.dispatchEvent(
    new KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true }),
  );
}

/** Appends `html` to the page and returns its first element. */
export function mount(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild!;
}
