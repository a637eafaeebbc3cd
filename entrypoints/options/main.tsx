import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/OptionsApp';
import type { StorageSetup } from '@/components/privacy/StorageBlock';
import { optionsFirstView } from '@/lib/i18n/options-first-view';
import { describeBrowser } from '@/lib/pages/environment';
import { mountPage } from '@/lib/pages/mount';
import { sendToBackground } from '@/lib/messaging/transport';

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
    mountPage(
      <OptionsApp
        shortcut={commands.find((c) => c.name === 'capture-page')?.shortcut}
        saveRules={(ruleSet) => sendToBackground({ type: 'scoring.save', ruleSet }).then(() => undefined)}
        storage={storageSetup()}
        environment={{ version: browser.runtime.getManifest().version, browser: describeBrowser(navigator.userAgent), uiLanguage: browser.i18n.getUILanguage() }}
      />,
      undefined,
      optionsFirstView,
    ),
  );
