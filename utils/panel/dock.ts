// Docking: while the panel is expanded the page gives up the panel's width on the right, so the panel never
// covers the page's own controls. The page's previous inline style is put back exactly on collapse, unmount, and
// for the time of printing (the clerk prints the page's own documents at full width).

export const PANEL_WIDTH_PX = 360;

export interface PageSpace {
  /** Reserve (true) or give back (false) the panel's width. Idempotent. */
  set(reserved: boolean): void;
  /** Give the width back for good. */
  dispose(): void;
}

export function createPageSpace(doc: Document, widthPx: number = PANEL_WIDTH_PX): PageSpace {
  const root = doc.documentElement;
  const view = doc.defaultView;
  let saved: { value: string; priority: string } | null = null;
  let wanted = false;
  let printing = false;

  const apply = () => {
    const reserve = wanted && !printing;
    if (reserve && !saved) {
      const style = root.style;
      saved = {
        value: style.getPropertyValue('margin-right'),
        priority: style.getPropertyPriority('margin-right'),
      };
      style.setProperty('margin-right', `${widthPx}px`, 'important');
    } else if (!reserve && saved) {
      if (saved.value) root.style.setProperty('margin-right', saved.value, saved.priority);
      else root.style.removeProperty('margin-right');
      saved = null;
    }
  };
  const onBeforePrint = () => {
    printing = true;
    apply();
  };
  const onAfterPrint = () => {
    printing = false;
    apply();
  };
  view?.addEventListener('beforeprint', onBeforePrint);
  view?.addEventListener('afterprint', onAfterPrint);

  return {
    set(reserved) {
      wanted = reserved;
      apply();
    },
    dispose() {
      view?.removeEventListener('beforeprint', onBeforePrint);
      view?.removeEventListener('afterprint', onAfterPrint);
      wanted = false;
      apply();
    },
  };
}
