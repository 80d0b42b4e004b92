import { browser } from 'wxt/browser';
import { TOGGLE_COMMAND } from './background/toggle-command';

// The panel's keyboard shortcut as the browser has it now (a clerk or IT may have changed it), for the popup and the
// panel's header. The default is wxt.config.ts `commands` (Alt+K: Alt+Shift and Ctrl+Shift switch the keyboard
// layout on many office PCs, Ctrl+letters are the browser's own).

/** The toggle command's active shortcut, e.g. «Alt+K»; null when none is set or the API is missing. */
export async function readToggleShortcut(commands = browser.commands): Promise<string | null> {
  try {
    const all = await commands.getAll();
    return all.find((c) => c.name === TOGGLE_COMMAND)?.shortcut || null;
  } catch {
    return null;
  }
}

/** «Alt+K» → ['Alt', 'K']; a Mac shortcut without separators («⌥K») stays one key. */
export function shortcutKeys(shortcut: string): string[] {
  return shortcut.includes('+') ? shortcut.split('+').filter(Boolean) : [shortcut];
}

const LATIN = 'QWERTYUIOPASDFGHJKLZXCVBNM';
const RUSSIAN = 'ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ';

/** The Cyrillic letter printed on the same key in the Russian layout (ЙЦУКЕН), e.g. K → Л; null for other keys. */
export function russianKeyOf(key: string): string | null {
  const at = key.length === 1 ? LATIN.indexOf(key.toUpperCase()) : -1;
  return at < 0 ? null : RUSSIAN[at];
}

/** The panel header's collapse tooltip with the shortcut in it. */
export function panelToggleTitle(shortcut: string | null): string {
  return shortcut
    ? `Свернуть панель (Esc). Показать или скрыть панель с любого места страницы: ${shortcut}`
    : 'Свернуть панель (Esc)';
}

/** Where a clerk changes the shortcut, per browser family. */
export const SHORTCUT_SETTINGS_HELP = [
  'Chrome, Chromium: адрес chrome://extensions/shortcuts',
  'Яндекс Браузер: адрес browser://extensions/shortcuts',
  'Firefox: about:addons → значок шестерёнки → «Управление сочетаниями клавиш»',
] as const;

/** Opens the browser's shortcut settings: Firefox has an API for it, Chromium browsers a page. */
export async function openShortcutSettings(api = browser): Promise<void> {
  const commands = api.commands as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings();
  await api.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
