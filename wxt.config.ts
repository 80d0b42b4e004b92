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
    permissions: ['storage', 'scripting', 'alarms'],
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
});
