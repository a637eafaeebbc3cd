import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PanelActions } from '@/components/PanelApp';
import type { FirstList } from '@/components/list/LeadFirstList';
import type { FirstLead } from '@/components/panel/LeadFirstCard';
import { PanelFirstView } from '@/components/panel/PanelFirstView';
import { readLeadRowsAsStored, readListRowsAsStored } from '../db/first-read';
import { endOfDay } from '../calendar';
import { pipelineOf } from '../db/settings-rows';
import { t } from '../i18n';
import { localizePipeline } from '../i18n/default-names';
import { loadPageLanguage, reloadOnLanguageChange } from '../i18n/load';
import { panelFirstView } from '../i18n/panel-first-view';
import type { PanelTarget } from '../panel/open-panel';
import { LeadSchema } from '../schema/records';
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
  void Promise.all([loadPageLanguage(panelFirstView), leadId ? firstLead(leadId) : undefined, onList ? firstList() : undefined]).then(([, first, list]) => {
    document.title = t('app.name');
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <PanelFirstView query={query} actions={actions} first={first} list={list} />
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

async function firstList(): Promise<FirstList | undefined> {
  // Due before the end of today, as the live list's due steps count them (components/sequences/DueSteps).
  const rows = await readListRowsAsStored(endOfDay(Date.now())).catch(() => undefined);
  if (!rows) return undefined;
  const leads = [];
  for (const row of rows.leads) {
    const lead = LeadSchema.safeParse(row);
    // A row the live list could not parse either: the live list draws everything.
    if (!lead.success) return undefined;
    leads.push(lead.data);
  }
  return { leads, pipeline: localizePipeline(pipelineOf(rows.pipeline)), due: rows.due };
}
