import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Manifest options live here; see README «Разрешения» for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
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
    // The panel page is shown in an iframe on configured pages. Chromium gives it a per-session address
    // (use_dynamic_url), so a site cannot probe for the extension; Firefox's address is per-profile random already.
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The page agents (loaded on every matched page) use the browser's native promise API instead of the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name.endsWith('-agent'))) return;
      const shim = fileURLToPath(new URL('./utils/agent/native-browser.ts', import.meta.url));
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
