import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PanelActions } from '@/components/PanelApp';
import { PanelFirstView } from '@/components/panel/PanelFirstView';
import { t } from '../i18n';
import { loadPageLanguage, reloadOnLanguageChange } from '../i18n/load';
import { panelFirstView } from '../i18n/panel-first-view';
import { firstLead, firstList } from './panel-first-reads';
import type { PanelTarget } from '../panel/open-panel';
import { usePanelStore } from '../ui/panel-store';
// The design tokens first: every stylesheet after them reads their variables.
import '@/components/tokens.css';
import '@/components/styles.css';

/**
 * The side panel's start (issue 15). Opened on a lead (`?lead=`), the lead's card header
 * is on screen before Dexie, the write layer and the card's sections load: the lead and
 * the pipeline are read with plain IndexedDB (lib/db/first-read.ts) while the first
 * view's strings load, and parsed with the schemas Dexie's reads use; then the live
 * panel (lib/pages/mount's database gate, live queries) takes over and draws the same
 * card with its sections. Otherwise (another view, no database yet, an upgrade to run,
 * an erased lead) the live panel draws everything, as other pages do. Opened on the list
 * (`?view=list`), the list's first rows are read and drawn the same way.
 */
export function startPanel(query: { target: PanelTarget; tabId?: number }, actions: PanelActions): void {
  reloadOnLanguageChange();
  const leadId = query.target && 'lead' in query.target ? query.target.lead : undefined;
  const onList = query.target !== undefined && 'view' in query.target && query.target.view === 'list';
  // The navigation shows the list as the view from the first paint, as the live panel's root sets it.
  if (onList) usePanelStore.setState({ view: 'list' });
  // The reads run while the strings load; they localize the shipped names once those are active.
  const language = loadPageLanguage(panelFirstView);
  void Promise.all([language, leadId ? firstLead(leadId, language) : undefined, onList ? firstList(language) : undefined]).then(([, first, list]) => {
    document.title = t('app.name');
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <PanelFirstView query={query} actions={actions} first={first} list={list} />
      </StrictMode>,
    );
  });
}
