import { browser } from 'wxt/browser';
import { CRM_CONNECTED_KEY } from '../crm/connected-flag';

/**
 * Follow the background's "a CRM is connected" flag (storage.local): `onChange` gets the stored
 * value once read, then every change, so a CRM connected later shows without reloading LinkedIn.
 * Anything but `true` counts as not connected. Returns the unsubscribe.
 */
export function followCrmConnected(onChange: (connected: boolean) => void): () => void {
  let stopped = false;
  let changed = false;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(CRM_CONNECTED_KEY in changes)) return;
    changed = true;
    onChange(changes[CRM_CONNECTED_KEY]!.newValue === true);
  };
  browser.storage.onChanged.addListener(listener);
  void browser.storage.local
    .get(CRM_CONNECTED_KEY)
    .catch(() => ({}) as Record<string, unknown>)
    // A change seen meanwhile is newer than what was read.
    .then((stored) => !stopped && !changed && onChange(stored[CRM_CONNECTED_KEY] === true));
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
