import { defineConfig } from 'wxt';

// Fixed ids so Firefox keeps the same add-on identity (and storage) across installs,
// and so the end-to-end tests can find the add-on's pages.
export const GECKO_ID = 'prospecting-assistant@leads.local';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
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
    action: { default_title: '__MSG_extName__' },
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandCapture__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
