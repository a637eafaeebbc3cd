import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import type { Capture } from '@/lib/capture/schema';
import { getLeadCount } from '@/lib/db/settings';
import { t, type MessageKey } from '@/lib/i18n';
import { MessageError, type PageReadResult, type SavedSummary } from '@/lib/messaging/protocol';
import { CaptureForm } from './CaptureForm';
import { useDb } from './db-context';
import { RecentLeads } from './RecentLeads';
import { DueSteps } from './sequences/DueSteps';
import { DueRoom, rememberDueHeight } from './popup/DueRoom';
import { SyncLineRoom } from './popup/SyncLineRoom';
import type { Kept } from '@/lib/metrics/figures/kept';
import { VelocityCard } from './velocity/VelocityCard';

/** The HubSpot sync line: its own chunk, loaded only when HubSpot is connected. */
const CrmSyncLine = lazy(() => import('./crm/CrmSyncLine').then((m) => ({ default: m.CrmSyncLine })));

export type PopupActions = {
  readPage(): Promise<PageReadResult>;
  save(capture: Capture): Promise<SavedSummary>;
  openPanel(leadId?: string): void;
  openList(): void;
  openDashboard(): void;
};

function errorText(error: unknown): string {
  return t(`error.${error instanceof MessageError ? error.code : 'unknown'}` as MessageKey);
}

/** The toolbar popup: follow-ups due, velocity, lead count, the last few captured, and "Save this page". */
export function PopupApp({
  actions,
  first,
  firstCrm,
}: {
  actions: PopupActions;
  /** The figures the popup drew before its database was open, shown until the live reads answer. */
  first?: Kept;
  /** Whether the first view found HubSpot connected (it kept a line for the sync line), until the live read answers. */
  firstCrm?: boolean;
}) {
  const db = useDb();
  const count = useLiveQuery(() => getLeadCount(db), [db]) ?? first?.leadCount;
  // One key read; the sync line's chunk loads only for a rep who connected HubSpot.
  const crmConnected =
    useLiveQuery(async () => {
      const row = await db.crmConnections.get('hubspot');
      return row?.token !== undefined && row.state !== 'disconnected';
    }, [db]) ?? firstCrm;
  const [page, setPage] = useState<PageReadResult | 'reading' | undefined>();
  const [saved, setSaved] = useState<SavedSummary>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function read() {
    setError(undefined);
    setSaved(undefined);
    setPage('reading');
    try {
      setPage(await actions.readPage());
    } catch (e) {
      setPage(undefined);
      setError(e instanceof MessageError && e.code === 'no-tab' ? t('capture.notReadable') : errorText(e));
    }
  }

  async function save(capture: Capture) {
    setBusy(true);
    setError(undefined);
    try {
      setSaved(await actions.save(capture));
      setPage(undefined);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{t('app.name')}</h1>
        <p className="lead-count" data-testid="lead-count">
          {count === undefined ? t('common.loading') : t('popup.leadCount', { count })}
        </p>
        {crmConnected && (
          <Suspense fallback={<SyncLineRoom />}>
            <CrmSyncLine pending={<SyncLineRoom />} />
          </Suspense>
        )}
      </header>
      {/* What to do next comes first: follow-ups due today and overdue. */}
      <DueSteps limit={3} onOpenLead={(id) => actions.openPanel(id)} pending={<DueRoom />} onHeight={rememberDueHeight} />
      {/* Then how fast the pipeline turns into money, and why. */}
      <VelocityCard onOpenDashboard={() => actions.openDashboard()} initial={first} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void read()} disabled={page === 'reading'}>
          {t('popup.savePage')}
        </button>
        <button type="button" onClick={() => actions.openPanel()}>
          {t('popup.openPanel')}
        </button>
        <button type="button" onClick={() => actions.openList()}>
          {t('popup.openList')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {saved && (
        <p className="saved" role="status">
          {t(saved.status === 'updated' ? 'capture.updated' : 'capture.saved', { name: saved.name })}{' '}
          <button type="button" className="link" onClick={() => actions.openPanel(saved.id)}>
            {t('capture.openInPanel')}
          </button>
        </p>
      )}
      {page === 'reading' && <p className="muted">{t('popup.readingPage')}</p>}
      {page && page !== 'reading' && <CaptureForm page={page} onSave={(c) => void save(c)} busy={busy} />}
      <RecentLeads limit={5} onOpen={(id) => actions.openPanel(id)} />
    </main>
  );
}
