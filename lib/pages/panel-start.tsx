import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PanelActions } from '@/components/PanelApp';
import type { FirstList } from '@/components/list/LeadFirstList';
import type { FirstDue } from '@/components/sequences/DueSection';
import type { FirstLead } from '@/components/panel/LeadFirstCard';
import { PanelFirstView } from '@/components/panel/PanelFirstView';
import { readLeadRowsAsStored, readListRowsAsStored, type DueRowAsStored } from '../db/first-read';
import { endOfDay } from '../calendar';
import { pipelineOf } from '../db/settings-rows';
import { t } from '../i18n';
import { localizePipeline, localizeSequence } from '../i18n/default-names';
import { loadPageLanguage, reloadOnLanguageChange } from '../i18n/load';
import { panelFirstView } from '../i18n/panel-first-view';
import type { PanelTarget } from '../panel/open-panel';
import { LeadSchema } from '../schema/records';
import { EnrolmentSchema, SequenceSchema } from '../sequences/schema';
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
  const now = Date.now();
  const rows = await readListRowsAsStored(endOfDay(now)).catch(() => undefined);
  if (!rows) return undefined;
  const leads = [];
  for (const row of rows.leads) {
    const lead = LeadSchema.safeParse(row);
    // A row the live list could not parse either: the live list draws everything.
    if (!lead.success) return undefined;
    leads.push(lead.data);
  }
  return { leads, pipeline: localizePipeline(pipelineOf(rows.pipeline)), due: firstDue(rows.due, now) };
}

/**
 * The due steps above the list, parsed as the live list reads them (a step whose lead or
 * sequence is gone is not drawn, there or here); undefined when a row does not parse: the
 * live list then draws the section.
 */
function firstDue(due: { total: number; rows: DueRowAsStored[] }, at: number): FirstDue | undefined {
  const items: FirstDue['items'] = [];
  for (const row of due.rows) {
    const enrolment = EnrolmentSchema.safeParse(row.enrolment);
    const lead = row.lead === undefined ? undefined : LeadSchema.safeParse(row.lead);
    const sequence = row.sequence === undefined ? undefined : SequenceSchema.safeParse(row.sequence);
    if (!enrolment.success || lead?.success === false || sequence?.success === false) return undefined;
    items.push({ enrolment: enrolment.data, lead: lead?.data, sequence: sequence?.data && localizeSequence(sequence.data) });
  }
  return { total: due.total, items, at };
}
