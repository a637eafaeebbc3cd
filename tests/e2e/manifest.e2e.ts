import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness/paths';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('built manifests', () => {
  it('Chrome asks only for what the features need', () => {
    const m = manifest(CHROME_BUILD);
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(m.host_permissions).toEqual(['https://*.linkedin.com/*']);
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(m.content_scripts).toEqual([expect.objectContaining({ matches: ['https://*.linkedin.com/*'] })]);
    expect(m.commands['capture-page'].suggested_key.default).toBe('Alt+Shift+S');
    expect(m.optional_permissions).toBeUndefined();
    // HubSpot is asked for when the rep connects it, never granted at install.
    expect(m.optional_host_permissions).toEqual(['https://api.hubapi.com/*']);
  });

  it.each([CHROME_BUILD, FIREFOX_BUILD])('the options page in %s opens in a tab of its own', (dir) => {
    expect(manifest(dir).options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('Firefox asks only for what the features need and declares no data collection', () => {
    const m = manifest(FIREFOX_BUILD);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'https://*.linkedin.com/*', 'notifications', 'scripting', 'storage']);
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.browser_specific_settings.gecko.id).toBe('prospecting-assistant@leads.local');
    // The first versions that read data_collection_permissions (desktop 140, Android 142).
    expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(m.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    // Firefox warns at install for unlimitedStorage: the options page asks for persistence instead.
    expect(m.permissions).not.toContain('unlimitedStorage');
    expect(m.optional_permissions).toEqual(['https://api.hubapi.com/*']);
  });

  it.each([CHROME_BUILD, FIREFOX_BUILD])('content scripts in %s never carry the database and load as UTF-8', (dir) => {
    for (const file of readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(dir, 'content-scripts', file), 'utf8');
      // Dexie in a content script would open LinkedIn's IndexedDB, not ours.
      expect(/indexedDB\.open|Dexie/.test(code), `${file} carries the database`).toBe(false);
      // Chrome refuses content scripts holding Unicode noncharacters ("isn't UTF-8 encoded").
      expect(/[\uFDD0-\uFDEF\uFFFE\uFFFF]/.test(code), `${file} holds noncharacters`).toBe(false);
    }
  });
});
