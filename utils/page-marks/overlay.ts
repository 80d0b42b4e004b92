// Marks drawn on the host page beside its form controls: the value a field will receive (before a fill), the fields
// a fill wrote (until the clerk edits them), the required fields left empty (until they are filled) and the fields an
// administrator's selector finds (for a few seconds, utils/engine/pick.ts). They live in
// a closed shadow root, like the panel, so page scripts can neither read a value shown in a hint nor restyle a mark;
// the page's own controls are not touched (no inline style, no attribute).
import { isDead } from '../prefill/gone';

export type MarkKind = 'hint' | 'filled' | 'required' | 'found';

export interface Mark {
  element: HTMLElement;
  kind: MarkKind;
  /** Hint text (the value to be written) or the badge's words. */
  text?: string;
}

export interface PageMarks {
  /** Draws these marks, replacing the ones of the same kinds. */
  show(marks: readonly Mark[]): void;
  /** Removes the marks of one kind, or all. */
  clear(kind?: MarkKind): void;
  /** How many marks of a kind are drawn now (for the panel's wording and for tests). */
  count(kind?: MarkKind): number;
}

export const MARKS_TAG = 'karta-nso-marks';

const STYLE = `
:host { all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; z-index: 2147483646;
  pointer-events: none; }
.mark { position: absolute; box-sizing: border-box; border-radius: 4px; pointer-events: none; }
.mark[data-kind="filled"] { border: 2px solid #2e7d32; }
.mark[data-kind="required"] { border: 2px dashed #b3261e; }
.mark[data-kind="found"] { border: 3px solid #1565c0; }
.badge { position: absolute; right: -2px; top: -18px; font: 600 11px/16px system-ui, sans-serif; padding: 0 4px;
  border-radius: 3px; white-space: nowrap; color: #fff; }
.mark[data-kind="filled"] .badge { background: #2e7d32; }
.mark[data-kind="required"] .badge { background: #b3261e; }
.mark[data-kind="found"] .badge { background: #1565c0; }
.mark[data-kind="hint"] .badge { left: 0; right: auto; top: -19px; max-width: 320px; overflow: hidden;
  text-overflow: ellipsis; color: #1b1b1b; background: #fff6c7; border: 1px solid #c9a400; }
`;

const BADGES: Record<MarkKind, string> = {
  hint: '',
  filled: '✓ заполнено',
  required: 'заполните',
  found: 'найдено',
};

interface Drawn {
  mark: Mark;
  box: HTMLElement;
  stop: AbortController;
}

function hasValue(el: HTMLElement): boolean {
  const value = (el as HTMLInputElement).value;
  return typeof value === 'string' ? value.trim() !== '' : (el.textContent ?? '').trim() !== '';
}

/** One overlay per document; marks of controls in same-origin frames go into their frame's own overlay. */
export function createPageMarks(doc: Document, signal?: AbortSignal): PageMarks {
  const layers = new Map<Document, { host: HTMLElement; root: ShadowRoot }>();
  const drawn = new Set<Drawn>();
  let frame = 0;
  let watching: AbortController | null = null;

  function layerOf(owner: Document) {
    for (const [gone, layer] of layers) if (isDead(layer.host)) layers.delete(gone);
    let layer = layers.get(owner);
    if (!layer?.host.isConnected) {
      const host = owner.createElement(MARKS_TAG);
      const root = host.attachShadow({ mode: 'closed' });
      const style = owner.createElement('style');
      style.textContent = STYLE;
      root.append(style);
      owner.documentElement.append(host);
      layer = { host, root };
      layers.set(owner, layer);
    }
    return layer;
  }

  // All boxes are measured first, then all are moved: one layout for any number of marks, not one per mark.
  function place(list: Iterable<Drawn>) {
    const all = Array.from(list);
    for (const d of all) if (isDead(d.mark.element)) remove(d);
    const measured = all
      .filter((d) => drawn.has(d))
      .map((d) => ({ d, rect: d.mark.element.getBoundingClientRect() }));
    for (const { d, rect } of measured) {
      const win = d.mark.element.ownerDocument.defaultView;
      const { style } = d.box;
      d.box.hidden = rect.width === 0 && rect.height === 0;
      style.left = `${rect.left + (win?.scrollX ?? 0) - 3}px`;
      style.top = `${rect.top + (win?.scrollY ?? 0) - 3}px`;
      style.width = `${rect.width + 6}px`;
      style.height = `${rect.height + 6}px`;
    }
  }

  // Positions follow scrolling and resizing only while marks exist, once per frame at most.
  function schedule() {
    const win = doc.defaultView;
    if (!win || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      place(drawn);
    });
  }

  function syncWatching() {
    if (drawn.size > 0 && !watching) {
      watching = new AbortController();
      const opts = { capture: true, passive: true, signal: watching.signal };
      doc.defaultView?.addEventListener('scroll', schedule, opts);
      doc.defaultView?.addEventListener('resize', schedule, opts);
    } else if (drawn.size === 0 && watching) {
      watching.abort();
      watching = null;
    }
  }

  function remove(d: Drawn) {
    drawn.delete(d);
    d.stop.abort();
    if (!isDead(d.box)) d.box.remove();
  }

  function draw(mark: Mark): Drawn {
    const owner = mark.element.ownerDocument;
    const box = owner.createElement('div');
    box.className = 'mark';
    box.dataset.kind = mark.kind;
    const badge = owner.createElement('span');
    badge.className = 'badge';
    badge.textContent = mark.text ?? BADGES[mark.kind];
    box.append(badge);
    layerOf(owner).root.append(box);
    const d: Drawn = { mark, box, stop: new AbortController() };
    drawn.add(d);
    // A filled mark stays until the clerk edits the field; a required one until the field has a value.
    const onEdit = () => {
      if (mark.kind === 'filled' || (mark.kind === 'required' && hasValue(mark.element))) {
        remove(d);
        syncWatching();
      }
    };
    if (mark.kind === 'filled' || mark.kind === 'required') {
      for (const type of ['input', 'change']) {
        mark.element.addEventListener(type, onEdit, { signal: d.stop.signal });
      }
    }
    return d;
  }

  function clear(kind?: MarkKind) {
    for (const d of [...drawn]) if (!kind || d.mark.kind === kind) remove(d);
    syncWatching();
  }

  signal?.addEventListener('abort', () => {
    clear();
    for (const { host } of layers.values()) if (!isDead(host)) host.remove();
    layers.clear();
  });

  return {
    show(marks) {
      for (const kind of new Set(marks.map((m) => m.kind))) clear(kind);
      place(marks.filter((m) => m.element.isConnected).map(draw));
      syncWatching();
    },
    clear,
    count: (kind) => [...drawn].filter((d) => !kind || d.mark.kind === kind).length,
  };
}
