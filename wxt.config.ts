import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { minify } from 'terser';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import { MANAGED_SCHEMA_FILE, managedSchema } from './utils/settings/managed-schema';

// Manifest options live here; see README «Разрешения» for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // Administration: strings from public/_locales (ru by default), settings a browser policy may set.
    default_locale: 'ru',
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    storage: { managed_schema: MANAGED_SCHEMA_FILE },
    // The oldest Chromium it installs in: 109, the last Chrome for Windows 7 and 8.1 office PCs; everything the
    // extension uses is older (the visibility check of page fields, `checkVisibility`, came in 105). Firefox: 128.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '109' }),
    // unlimitedStorage: a busy office's journal outgrows Chromium's 10 MB in a few years.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms'],
    host_permissions: ['<all_urls>'],
    // Alt+K, not Alt+Shift / Ctrl+Shift (they switch the keyboard layout on many office PCs): free in Chromium's and
    // Firefox's own shortcuts and menu access keys, and works in the Russian layout (README «Сочетание клавиш»).
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+K' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'karta-nso-clerk@osn.nso.ru',
        strict_min_version: '128.0',
        // The extension sends nothing anywhere (Firefox 140+ asks every add-on to declare it).
        data_collection_permissions: { required: ['none'] },
      },
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
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: JSON.stringify(managedSchema(), null, 2) });
    },
    // The page agents (loaded on every matched page) use the browser's native promise API instead of the polyfill,
    // and start without WXT's unlisted-script wrapper (its logger and error rethrow: bytes every page parses, for
    // a result nobody reads — the background registers the agents as content scripts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => isPageScript(e.name))) return;
      config.plugins = [leanAgentStart(), terserAfterwards(), ...(config.plugins ?? [])];
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

/**
 * The page scripts minified once more by terser after the build's own minifier: a few passes of its compressor take
 * ~3 % more off what every matched page parses before the clerk acts (the pre-action budget of scripts/bench/sizes.ts).
 * Written in ASCII only (`\uXXXX` for the Cyrillic of regexes and titles): the page's process keeps a script's source
 * one byte a character only when every character fits in one (one Cyrillic letter doubled the МАИС agent's source
 * there, 56 KB instead of 28 KB, outside the JS heap); the escapes also gzip smaller than UTF-8.
 */
function terserAfterwards(): PluginOption {
  return {
    name: 'karta:terser-afterwards',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const { code } = await minify(chunk.code, {
          compress: { passes: 3 },
          // The form reader's own objects (a unit, a dropdown's parts, the describing index) never leave it: their
          // property names are shortened too (~60 B gz). Names the agent or the panel read stay whole.
          mangle: chunk.name === 'fields-reader' ? { properties: { regex: READER_OWN_PROPERTIES } } : true,
          format: { ascii_only: true },
        });
        if (!code) continue;
        // The bundle's value is the script's (the reader's promise, which `executeScript` waits for): left unnamed,
        // as WXT leaves an unlisted script, whose own renaming no longer recognises terser's output.
        const named = /^var [\w$]+=(?=function)/.exec(code);
        const unnamed = named ? `(${code.slice(named[0].length).replace(/;\s*$/, '')})` : code;
        // Once more, unnamed, in ES2020 (every browser the manifest allows has it): the outer function becomes an
        // arrow, and so do inner ones that use no `this` (none of them is a constructor), methods take their short
        // form, and names are given again by how often the final text uses them (~30 B gz on the МАИС page).
        const again = await minify(unnamed, {
          ecma: 2020,
          compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true },
          format: { ascii_only: true },
        });
        chunk.code = again.code?.replace(/;\s*$/, '') ?? unnamed;
      }
    },
  };
}

/**
 * Properties of objects made and read inside the form reader only (utils/prefill units and widget parts, the
 * describing index, the collect's options, frames and pacer). Never a DOM property, nor a name the description, the
 * walk or the reader's hook hands to the agent carries: a name added here must be checked against both.
 */
const READER_OWN_PROPERTIES =
  /^(element|elements|widget|trigger|native|input|root|pos|holder|sections|headingOf|labelFor|indexLabels|description|walk|walked|yields|pace|sliceMs|frames|sandboxed|win|headingNode|control|unit)$/;

/** The scripts a matched page parses before the clerk acts: the agents and the МАИС agent's form reader. */
function isPageScript(name: string): boolean {
  return name.endsWith('-agent') || name === 'fields-reader';
}

/**
 * WXT's unlisted-script entry for a page script, without its wrapper: `main()` called once, its result the script's
 * (the form reader's promise, which the background's `executeScript` waits for).
 */
function leanAgentStart(): PluginOption {
  const virtualId = '\0virtual:wxt-unlisted-script-entrypoint?';
  return {
    name: 'karta:lean-agent-start',
    enforce: 'pre',
    load(id) {
      if (!id.startsWith(virtualId) || !isPageScript(path.basename(id, '.ts'))) return null;
      return `import definition from ${JSON.stringify(id.slice(virtualId.length))};\nexport default definition.main();\n`;
    },
  };
}
