import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { ShortcutHint } from '@/components/popup/ShortcutHint';
import {
  openShortcutSettings,
  panelToggleTitle,
  readToggleShortcut,
  russianKeyOf,
  shortcutKeys,
} from '@/utils/shortcut';
import config from '../../wxt.config';
import { withContainer } from './render-helpers';

// The panel's shortcut: a default that does not switch the keyboard layout, read back from the browser (a changed
// shortcut shows as changed), with where to change it.

describe('the default shortcut', () => {
  type Manifest = { commands: Record<string, { suggested_key: Record<string, string> }> };
  const manifestFor = (browser: string): Manifest => {
    const manifest = config.manifest as unknown;
    return (
      typeof manifest === 'function'
        ? manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' })
        : manifest
    ) as Manifest;
  };

  test.each(['chrome', 'firefox'])(
    '%s: Alt or Ctrl with a letter, no Shift (Alt+Shift, Ctrl+Shift switch layouts), no Ctrl+Alt',
    (browser) => {
      const keys = Object.values(manifestFor(browser).commands['toggle-panel'].suggested_key);
      expect(keys).toEqual(['Alt+K']);
      for (const key of keys) {
        expect(key).not.toMatch(/Shift|Ctrl\+Alt|Alt\+Ctrl/);
        expect(key).toMatch(/^(Alt|Ctrl)\+[A-Z0-9]$/);
      }
    },
  );
});

describe('reading the shortcut', () => {
  const commands = (list: Array<{ name?: string; shortcut?: string }>) => ({
    getAll: vi.fn(async () => list),
  });

  test('the toggle command’s current shortcut, as the browser reports it', async () => {
    expect(await readToggleShortcut(commands([{ name: 'toggle-panel', shortcut: 'Alt+J' }]) as never)).toBe(
      'Alt+J',
    );
    expect(await readToggleShortcut(commands([{ name: 'toggle-panel', shortcut: '' }]) as never)).toBeNull();
    expect(await readToggleShortcut(commands([{ name: 'other', shortcut: 'Alt+K' }]) as never)).toBeNull();
    const broken = { getAll: vi.fn(async () => Promise.reject(new Error('no API'))) };
    expect(await readToggleShortcut(broken as never)).toBeNull();
  });

  test('keys, the Russian letter on the same key, the header tooltip', () => {
    expect(shortcutKeys('Alt+K')).toEqual(['Alt', 'K']);
    expect(shortcutKeys('⌥K')).toEqual(['⌥K']);
    expect(russianKeyOf('K')).toBe('Л');
    expect(russianKeyOf('Q')).toBe('Й');
    expect(russianKeyOf('Comma')).toBeNull();
    expect(panelToggleTitle('Alt+K')).toBe(
      'Свернуть панель (Esc). Показать или скрыть панель с любого места страницы: Alt+K',
    );
    expect(panelToggleTitle(null)).toBe('Свернуть панель (Esc)');
  });

  test('settings: Firefox’s openShortcutSettings when it exists, else the Chromium page', async () => {
    const firefox = { commands: { openShortcutSettings: vi.fn(async () => {}) }, tabs: { create: vi.fn() } };
    await openShortcutSettings(firefox as never);
    expect(firefox.commands.openShortcutSettings).toHaveBeenCalled();
    expect(firefox.tabs.create).not.toHaveBeenCalled();
    const chromium = { commands: {}, tabs: { create: vi.fn(async () => ({})) } };
    await openShortcutSettings(chromium as never);
    expect(chromium.tabs.create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });
});

describe('popup line «Панель на странице»', () => {
  const host = withContainer();

  async function mount(shortcut: string | null, onChange = vi.fn()) {
    await act(async () => {
      render(<ShortcutHint read={async () => shortcut} onChange={onChange} />, host());
    });
    return onChange;
  }

  test('shows the browser’s current shortcut in <kbd>, with the Cyrillic letter of the key', async () => {
    await mount('Ctrl+Period');
    expect(host().querySelector('[data-shortcut]')?.getAttribute('data-shortcut')).toBe('Ctrl+Period');
    expect([...host().querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Ctrl', 'Period']);
    act(() => render(null, host()));
    await mount('Alt+K');
    expect(host().querySelector('[data-shortcut]')?.textContent).toContain('«Л»');
  });

  test('says when no shortcut is set, and explains where to change it', async () => {
    const onChange = await mount(null);
    expect(host().textContent).toContain('не назначено');
    expect(host().textContent).toContain('chrome://extensions/shortcuts');
    expect(host().textContent).toContain('«Управление сочетаниями клавиш»');
    act(() => host().querySelector<HTMLButtonElement>('[data-action="change-shortcut"]')!.click());
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
