import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import { classifyLinkedInUrl } from '@/lib/capture/linkedin-url';
import type { Capture } from '@/lib/capture/schema';
import { findLeadForUrl, recentLeads } from '@/lib/db/queries';
import { FIRST_DUE_STEPS } from '@/lib/db/first-read';
import { t, type MessageKey } from '@/lib/i18n';
import { afterWholeCatalog } from '@/lib/i18n/load';
import { MessageError, type PageReadResult, type SavedSummary } from '@/lib/messaging/protocol';
import { usePanelStore } from '@/lib/ui/panel-store';
import type { WatchedTab } from '@/lib/ui/use-active-tab';
import { useDb } from './db-context';
import { LeadFirstList, type FirstList } from './list/LeadFirstList';
import { LeadTable } from './list/LeadTable';
import { DueSteps } from './sequences/DueSteps';
import { usePipeline } from './use-pipeline';
import { LeadFirstCard, type FirstLead } from './panel/LeadFirstCard';
import { PanelNav } from './panel/PanelNav';
import { useStillOnFirstView } from './first-view/use-still-on-first-view';
import './panel/panel.css';

// A lead's card and the capture form load when first drawn: the list and the empty state come first (issue 15),
// with only their own strings (lib/i18n/panel-first-view.ts), so these also wait for the whole catalog.
const LeadCard = lazy(() => afterWholeCatalog(() => import('./LeadCard').then((m) => ({ default: m.LeadCard }))));
const CaptureForm = lazy(() => afterWholeCatalog(() => import('./CaptureForm').then((m) => ({ default: m.CaptureForm }))));

import type { PanelTarget } from '@/lib/panel/open-panel';

export type PanelActions = {
  /** Read a tab for its lead (LinkedIn) or for the manual form's draft (any page the rep acted on). */
  readTab(tabId: number | undefined): Promise<PageReadResult>;
  save(capture: Capture): Promise<SavedSummary>;
};

function captureOf(page: PageReadResult): Capture | undefined {
  if (!page.isLeadPage) return undefined;
  if (page.person) return { kind: 'person', person: page.person };
  return page.company ? { kind: 'company', company: page.company } : undefined;
}

/** The lead of the watched tab, or the capture button when the page is not saved yet. */
function TabLead({ tab, actions }: { tab: WatchedTab | null | undefined; actions: PanelActions }) {
  const db = useDb();
  const url = tab?.url;
  const lead = useLiveQuery(async () => (url ? ((await findLeadForUrl(db, url)) ?? null) : null), [db, url]);
  const [message, setMessage] = useState<string>();
  if (tab === undefined || lead === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (lead) return <LeadCard lead={lead} />;
  const isLeadPage = url !== undefined && classifyLinkedInUrl(url).kind !== 'other';
  async function capture() {
    setMessage(undefined);
    try {
      const found = captureOf(await actions.readTab(tab?.id));
      if (!found) return setMessage(t('capture.noLead'));
      await actions.save(found);
    } catch (e) {
      setMessage(t(`error.${e instanceof MessageError ? e.code : 'unknown'}` as MessageKey));
    }
  }
  return (
    <section className="empty-state">
      <p>{isLeadPage ? t('panel.noLeadHere') : t('panel.notLeadPage')}</p>
      {isLeadPage && (
        <button type="button" className="primary" onClick={() => void capture()}>
          {t('panel.captureHere')}
        </button>
      )}
      {message && <p role="alert">{message}</p>}
    </section>
  );
}

function LeadById({ id, first }: { id: string; first: FirstLead | undefined }) {
  const db = useDb();
  // The first view's lead until the live query answers, so the card is drawn at once rather than "Loading".
  const lead = useLiveQuery(async () => (await db.leads.get(id)) ?? null, [db, id], first?.lead);
  if (lead === undefined) return <p className="muted">{t('common.loading')}</p>;
  return lead ? <LeadCard lead={lead} firstPipeline={first?.pipeline} /> : <p className="muted">{t('list.empty')}</p>;
}

function LatestLead() {
  const db = useDb();
  const latest = useLiveQuery(() => recentLeads(db, 1), [db]);
  if (latest === undefined) return <p className="muted">{t('common.loading')}</p>;
  return latest[0] ? <LeadCard lead={latest[0]} /> : <p className="muted">{t('popup.noLeads')}</p>;
}

/** The manual form ("Add lead"), prefilled with whatever the current page offers. */
function NewLead({ tab, actions, onSaved }: { tab: WatchedTab | null | undefined; actions: PanelActions; onSaved(id: string): void }) {
  const [page, setPage] = useState<PageReadResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const tabId = tab?.id;
  const url = tab?.url;
  useEffect(() => {
    let live = true;
    const blank: PageReadResult = { url: url ?? '', isLeadPage: false, sources: [] };
    // A page we may not read (no activeTab grant) still gets the empty form.
    actions.readTab(tabId).then(
      (read) => live && setPage(read),
      () => live && setPage(blank),
    );
    return () => {
      live = false;
    };
  }, [actions, tabId, url]);
  if (!page) return <p className="muted">{t('popup.readingPage')}</p>;
  async function save(capture: Capture) {
    setBusy(true);
    try {
      onSaved((await actions.save(capture)).id);
    } catch (e) {
      setError(t(`error.${e instanceof MessageError ? e.code : 'unknown'}` as MessageKey));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-label={t('panel.newLead')}>
      <h2>{t('panel.newLead')}</h2>
      {error && <p role="alert">{error}</p>}
      <CaptureForm key={page.url} page={page} onSave={(c) => void save(c)} busy={busy} />
    </section>
  );
}

/** Side panel (sidebar in Firefox): the lead on the current tab, or one picked from the list. */
export function PanelApp({ target, tab, actions, first, list }: { target: PanelTarget; tab: WatchedTab | null | undefined; actions: PanelActions; /** The lead the first view drew (lib/pages/panel-start.tsx): drawn the same while the card loads. */ first?: FirstLead; /** The list's first rows the first view drew: drawn the same while the live list's rows load. */ list?: FirstList }) {
  const { view, pickedLeadId, pick } = usePanelStore();
  const pipeline = usePipeline();
  const showingList = view === 'list';
  const fixedLead = pickedLeadId ?? (target && 'lead' in target ? target.lead : undefined);
  // The first view's reads only until the rep goes elsewhere: back on them, the live queries draw.
  const still = useStillOnFirstView(`${view} ${fixedLead ?? ''}`);
  const firstLead = still ? first : undefined;
  const firstList = still ? list : undefined;

  return (
    <main className="panel">
      <PanelNav />
      <Suspense fallback={firstLead && fixedLead === firstLead.lead.id ? <LeadFirstCard {...firstLead} /> : <p className="muted">{t('common.loading')}</p>}>
        {showingList ? (
          pipeline ? (
            <>
              <DueSteps limit={FIRST_DUE_STEPS} onOpenLead={pick} first={firstList?.due} />
              <LeadTable stages={pipeline.stages} currency={pipeline.currency} onOpen={pick} firstRows={firstList?.leads} />
            </>
          ) : firstList ? (
            <LeadFirstList {...firstList} />
          ) : (
            <p className="muted">{t('common.loading')}</p>
          )
        ) : view === 'new' ? (
          <NewLead tab={tab} actions={actions} onSaved={pick} />
        ) : fixedLead ? (
          <LeadById id={fixedLead} first={firstLead?.lead.id === fixedLead ? firstLead : undefined} />
        ) : target && 'view' in target && target.view === 'latest' ? (
          <LatestLead />
        ) : (
          <TabLead tab={tab} actions={actions} />
        )}
      </Suspense>
    </main>
  );
}
