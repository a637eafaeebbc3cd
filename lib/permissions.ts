import type { MessageKey } from './i18n';

/** Every permission the manifest asks for, and why; the options page and README show these. */
export const PERMISSIONS: { name: string; why: MessageKey }[] = [
  { name: 'https://*.linkedin.com/*', why: 'perm.linkedin' },
  { name: 'activeTab', why: 'perm.activeTab' },
  { name: 'storage', why: 'perm.storage' },
  { name: 'alarms', why: 'perm.alarms' },
  { name: 'scripting', why: 'perm.scripting' },
  { name: 'contextMenus', why: 'perm.contextMenus' },
  { name: 'notifications', why: 'perm.notifications' },
  { name: 'sidePanel', why: 'perm.sidePanel' },
  { name: 'unlimitedStorage', why: 'perm.unlimitedStorage' },
  // Optional: asked for on the options page when the rep connects HubSpot, given back on disconnect.
  { name: 'https://api.hubapi.com/*', why: 'perm.hubspot' },
];
