// The field picker's layer over the page: a host element covering the viewport with a crosshair, and inside a
// CLOSED shadow root the outline of the field under the pointer, the selector it would get, and a banner saying
// what to do. The page sees one element and none of its content; the layer takes the pointer, so the page's own
// handlers never see the administrator's clicks.

export const PICKER_ATTRIBUTE = 'data-karta-nso-picker';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PickOverlay {
  /** The element that receives the pointer and the keyboard. */
  host: HTMLElement;
  /** Outlines `box` (null: nothing) with a caption. */
  mark(box: Box | null, caption: string): void;
  remove(): void;
}

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  inset: '0',
  'z-index': '2147483647',
  cursor: 'crosshair',
  display: 'block',
  background: 'transparent',
  outline: 'none',
};

const SHADOW_CSS = `
  .box { position: fixed; pointer-events: none; box-sizing: border-box; border: 2px solid #c62828;
    background: rgb(198 40 40 / 0.12); border-radius: 3px; }
  .caption { position: fixed; pointer-events: none; max-width: 60vw; padding: 2px 6px; border-radius: 3px;
    background: #c62828; color: #fff; font: 12px/1.4 monospace; white-space: nowrap; overflow: hidden;
    text-overflow: ellipsis; }
  .banner { position: fixed; left: 50%; top: 8px; transform: translateX(-50%); pointer-events: none;
    max-width: 90vw; padding: 8px 14px; border-radius: 6px; background: #1b2a3a; color: #fff;
    font: 15px/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgb(0 0 0 / 0.35); }
  [hidden] { display: none; }
`;

function element(doc: Document, tag: string, className: string): HTMLElement {
  const el = doc.createElement(tag);
  el.className = className;
  return el;
}

export function createPickOverlay(doc: Document, bannerText: string): PickOverlay {
  const host = doc.createElement('karta-nso-picker');
  host.setAttribute(PICKER_ATTRIBUTE, '');
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  host.tabIndex = -1;
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const box = element(doc, 'div', 'box');
  const caption = element(doc, 'div', 'caption');
  const banner = element(doc, 'div', 'banner');
  banner.setAttribute('role', 'status');
  banner.textContent = bannerText;
  box.hidden = true;
  caption.hidden = true;
  root.append(style, box, caption, banner);
  doc.documentElement.append(host);
  host.focus({ preventScroll: true });

  return {
    host,
    mark(rect, text) {
      box.hidden = caption.hidden = !rect;
      if (!rect) return;
      Object.assign(box.style, {
        left: `${rect.left - 2}px`,
        top: `${rect.top - 2}px`,
        width: `${rect.width + 4}px`,
        height: `${rect.height + 4}px`,
      });
      caption.textContent = text;
      const below = rect.top + rect.height + 4;
      Object.assign(caption.style, {
        left: `${Math.max(0, rect.left)}px`,
        top: `${below + 22 > (doc.defaultView?.innerHeight ?? 0) ? Math.max(0, rect.top - 24) : below}px`,
      });
    },
    remove: () => host.remove(),
  };
}
