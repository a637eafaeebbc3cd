import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupFirstView } from '@/components/popup/PopupFirstView';
import { browser } from 'wxt/browser';
import { CRM_CONNECTED_KEY } from '../crm/connected-flag';
import { readKeptRowsAsStored } from '../db/first-read';
import { t } from '../i18n';
import { loadPageLanguage, reloadOnLanguageChange } from '../i18n/load';
import { keptMetricsFrom, type Kept } from '../metrics/figures/kept';
// The design tokens first: every stylesheet after them reads their variables.
import '@/components/tokens.css';
import '@/components/styles.css';

/**
 * The popup's start. Issue 15: the velocity figures are on screen before the rest of the
 * app loads. So the kept figures are read with plain IndexedDB (no Dexie, no write layer,
 * Zod's small build) while the first view's strings load, and velocity is drawn from them;
 * only then are the live popup (lib/pages/mount's database gate, Dexie's live queries)
 * and the whole catalog loaded, and it draws the same figures. When they cannot be read
 * that way (no database yet, an upgrade to run, figures being rebuilt) the live popup
 * draws everything, as other pages do.
 */
export function startPopup(): void {
  reloadOnLanguageChange();
  void Promise.all([loadPageLanguage('popup-first-view'), firstFigures(), crmConnected()]).then(([, first, crm]) => {
    document.title = t('app.name');
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <PopupFirstView first={first} search={location.search} crm={crm} />
      </StrictMode>,
    );
  });
}

async function firstFigures(): Promise<Kept | undefined> {
  const rows = await readKeptRowsAsStored().catch(() => undefined);
  const kept = rows && keptMetricsFrom(rows);
  return kept && !kept.stale ? kept : undefined;
}

/** Whether HubSpot is connected, as the background mirrors it into storage (the header keeps a line for the sync line then). */
async function crmConnected(): Promise<boolean> {
  const stored = await browser.storage.local.get(CRM_CONNECTED_KEY).catch(() => ({}) as Record<string, unknown>);
  return stored[CRM_CONNECTED_KEY] === true;
}
