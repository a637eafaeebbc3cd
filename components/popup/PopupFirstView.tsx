import { lazy, Suspense } from 'react';
import { useLiveAfterPaint } from '../first-view/use-live-after-paint';
import { t } from '@/lib/i18n';
import { loadPageLanguage } from '@/lib/i18n/load';
import type { Kept } from '@/lib/metrics/figures/kept';
import { VelocityView } from '../velocity/VelocityView';
import { DueRoom } from './DueRoom';
import { SyncLineRoom } from './SyncLineRoom';

// The rest of the popup (Dexie, the write layer, capture, follow-ups…) and the whole catalog, loaded once the figures are on screen.
const PopupLive = lazy(() => Promise.all([import('./PopupLive'), loadPageLanguage()]).then(([live]) => live));

/**
 * The popup's first view: its header and velocity, drawn from the figures read before
 * the database was opened by Dexie (`first`; undefined when they could not be read
 * that way, and the live popup draws everything). Then the live popup takes over,
 * drawing the same figures from its live queries, and everything else.
 */
export function PopupFirstView({ first, search, crm = false }: { first: Kept | undefined; search: string; /** HubSpot connected (storage's mirror): a line is kept for the sync line. */ crm?: boolean }) {
  const live = useLiveAfterPaint(first !== undefined);
  const shell = <PopupShell first={first} crm={crm} />;
  if (!live) return shell;
  return (
    <Suspense fallback={shell}>
      <PopupLive first={first} search={search} shell={shell} crm={crm} />
    </Suspense>
  );
}

/** What the popup shows before its database is open: the same header and velocity card as the live popup, from the first read. */
function PopupShell({ first, crm }: { first: Kept | undefined; crm: boolean }) {
  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{t('app.name')}</h1>
        <p className="lead-count" data-testid="lead-count">
          {first === undefined ? t('common.loading') : t('popup.leadCount', { count: first.leadCount })}
        </p>
        {first !== undefined && crm && <SyncLineRoom />}
      </header>
      {/* Where the live popup draws the due steps (DueRoom says why). */}
      {first !== undefined && <DueRoom />}
      {first !== undefined && <VelocityView kept={first} />}
    </main>
  );
}
