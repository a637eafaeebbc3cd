import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PanelActions } from '@/components/PanelApp';
import type { FirstLead } from '@/components/panel/LeadFirstCard';
import { PanelFirstView } from '@/components/panel/PanelFirstView';
import { readLeadRowsAsStored } from '../db/first-read';
import { pipelineOf } from '../db/settings-rows';
import { t } from '../i18n';
import { localizePipeline } from '../i18n/default-names';
import { loadPageLanguage, reloadOnLanguageChange } from '../i18n/load';
import { panelFirstView } from '../i18n/panel-first-view';
import type { PanelTarget } from '../panel/open-panel';
import { LeadSchema } from '../schema/records';
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
 * an erased lead) the live panel draws everything, as other pages do.
 */
export function startPanel(query: { target: PanelTarget; tabId?: number }, actions: PanelActions): void {
  reloadOnLanguageChange();
  const leadId = query.target && 'lead' in query.target ? query.target.lead : undefined;
  void Promise.all([loadPageLanguage(panelFirstView), leadId ? firstLead(leadId) : undefined]).then(([, first]) => {
    document.title = t('app.name');
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <PanelFirstView query={query} actions={actions} first={first} />
      </StrictMode>,
    );
  });
}

async function firstLead(id: string): Promise<FirstLead | undefined> {
  const rows = await readLeadRowsAsStored(id).catch(() => undefined);
  const lead = LeadSchema.safeParse(rows?.lead);
  if (!rows || !lead.success || lead.data.erasedAt !== undefined) return undefined;
  return { lead: lead.data, pipeline: localizePipeline(pipelineOf(rows.pipeline)) };
}
