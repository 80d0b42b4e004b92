import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Manifest options live here; see README «Разрешения» for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: {
    name: 'Карта жителя НСО — помощник специалиста ОСОН',
    short_name: 'Карта жителя НСО',
    description:
      'Памятка специалиста ОСОН: предложение Социального проездного в «Карте жителя НСО» и заполнение МАИС НСО.',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms'],
    host_permissions: ['<all_urls>'],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Показать или скрыть панель памятки',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'karta-nso-clerk@osn.nso.ru', strict_min_version: '128.0' },
    },
  },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The panel (loaded on every matched page) uses the browser's native promise API instead of the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name.endsWith('-panel'))) return;
      const shim = fileURLToPath(new URL('./utils/panel/native-browser.ts', import.meta.url));
      const alias = config.resolve?.alias;
      const entry = { find: 'wxt/browser', replacement: shim };
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? [entry, ...alias]
          : [entry, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))],
      };
    },
  },
});
