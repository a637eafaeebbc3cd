import { browser } from 'wxt/browser';
import type { StorageSetup } from '@/components/privacy/StorageBlock';
import { describeBrowser } from '@/lib/pages/environment';
import { startOptions } from '@/lib/pages/options-start';

/**
 * Chrome: the manifest's unlimitedStorage keeps the database from eviction (no install warning there).
 * Firefox warns at install for it, so the rep asks for persistence here; persist() may prompt, so only on a click.
 */
function storageSetup(): StorageSetup {
  const unlimited = browser.runtime.getManifest().permissions?.includes('unlimitedStorage') ?? false;
  return { api: navigator.storage, unlimited, askPersist: import.meta.env.FIREFOX };
}

void browser.commands
  .getAll()
  .catch(() => [])
  .then((commands) =>
    startOptions({
      shortcut: commands.find((c) => c.name === 'capture-page')?.shortcut,
      // The protocol (and its schemas) load with the first save, not before the first view.
      saveRules: (ruleSet) => import('@/lib/messaging/transport').then(({ sendToBackground }) => sendToBackground({ type: 'scoring.save', ruleSet })).then(() => undefined),
      storage: storageSetup(),
      environment: { version: browser.runtime.getManifest().version, browser: describeBrowser(navigator.userAgent), uiLanguage: browser.i18n.getUILanguage() },
    }),
  );
