import { defineConfig } from 'wxt';
// The only CRM the extension can reach, and only after the rep connects it.
import { HUBSPOT_API } from './lib/crm/permission';

// Fixed ids so Firefox keeps the same add-on identity (and storage) across installs,
// and so the end-to-end tests can find the add-on's pages.
export const GECKO_ID = 'prospecting-assistant@leads.local';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // `npm run zip`: .output/prospecting-assistant-<version>-chrome.zip, -firefox.zip, and (for
  // addons.mozilla.org's review) -sources.zip, which holds only what rebuilding needs:
  // `npm ci && npm run build:firefox` in the unpacked sources gives the same .output/firefox-mv2.
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
    ],
    // Added to WXT's own (node_modules, .output, *.test.*, *.spec.*): nothing the build does not read.
    excludeSources: ['tests/**', 'docs/**', '.tmp/**', '.wxt/**', 'test-results/**', '**/*.log'],
  },
  // Extension pages load their own modules; Vite's modulepreload polyfill (which fetches) is not needed.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  // Top level is fixed by the project; WXT's defaults already match it.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'activeTab',
      'alarms',
      'scripting',
      'contextMenus',
      'notifications',
      // The language choice, and the in-page control's strings in that language (content scripts read storage.local).
      'storage',
      // Chrome: unlimitedStorage keeps the database from eviction under storage pressure, with no
      // install warning. Firefox warns for it at install, so there the rep asks for persistent
      // storage from the options page instead (navigator.storage.persist(), which may prompt).
      ...(browser === 'firefox' ? [] : ['sidePanel', 'unlimitedStorage']),
    ],
    host_permissions: ['https://*.linkedin.com/*'],
    // HubSpot only once the rep connects it (asked for on the options page at that moment), so the
    // installed extension reaches no other site. Firefox MV2 lists optional hosts with permissions.
    ...(browser === 'firefox' ? { optional_permissions: [HUBSPOT_API] } : { optional_host_permissions: [HUBSPOT_API] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandCapture__',
      },
    },
    ...(browser === 'firefox'
      ? {
          // data_collection_permissions (which addons.mozilla.org requires) is read from Firefox 140
          // and Firefox for Android 142; with a lower minimum the store's linter warns that older
          // versions ignore it (tests/e2e/store-lint.e2e.ts).
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
