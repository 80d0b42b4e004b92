// Docking: while the panel is expanded the page gives up the panel's width on the right, so the panel never
// covers the page's own controls. The page's previous inline style is put back exactly on collapse or unmount.

export const PANEL_WIDTH_PX = 360;

export interface PageSpace {
  /** Reserve (true) or give back (false) the panel's width. Idempotent. */
  set(reserved: boolean): void;
  /** Give the width back for good. */
  dispose(): void;
}

export function createPageSpace(doc: Document, widthPx: number = PANEL_WIDTH_PX): PageSpace {
  const root = doc.documentElement;
  let saved: { value: string; priority: string } | null = null;

  const set = (reserved: boolean) => {
    if (reserved && !saved) {
      saved = {
        value: root.style.getPropertyValue('margin-right'),
        priority: root.style.getPropertyPriority('margin-right'),
      };
      root.style.setProperty('margin-right', `${widthPx}px`, 'important');
    } else if (!reserved && saved) {
      if (saved.value) root.style.setProperty('margin-right', saved.value, saved.priority);
      else root.style.removeProperty('margin-right');
      saved = null;
    }
  };

  return { set, dispose: () => set(false) };
}
