import { browser } from 'wxt/browser';

// The panel's remembered look (storage.local key `ui`): only whether it was collapsed — never personal data.
// Plain storage.local instead of @wxt-dev/storage keeps the content script under its size budget.

export const UI_STORAGE_KEY = 'ui';

export interface PanelUiState {
  collapsed: boolean;
}

const DEFAULT_UI_STATE: PanelUiState = { collapsed: false };

type LocalArea = Pick<typeof browser.storage.local, 'get' | 'set'>;

/** Expanded by default on first use; anything unexpected in storage counts as first use. */
export async function loadUiState(area: LocalArea = browser.storage.local): Promise<PanelUiState> {
  try {
    const stored = (await area.get(UI_STORAGE_KEY))[UI_STORAGE_KEY] as Partial<PanelUiState> | undefined;
    return {
      collapsed: typeof stored?.collapsed === 'boolean' ? stored.collapsed : DEFAULT_UI_STATE.collapsed,
    };
  } catch {
    return { ...DEFAULT_UI_STATE };
  }
}

export async function saveUiState(
  state: PanelUiState,
  area: LocalArea = browser.storage.local,
): Promise<void> {
  try {
    await area.set({ [UI_STORAGE_KEY]: { collapsed: state.collapsed } });
  } catch {
    // Losing the remembered look is harmless; the panel keeps working.
  }
}
