import { browser } from 'wxt/browser';

/** On first install, open the options page: it explains the extension and its permissions. */
export function setupWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
  });
}
