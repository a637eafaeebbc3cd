import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { DbProvider } from '@/components/db-context';
import { DatabaseGate } from '@/components/DatabaseGate';
import { onCommitted } from '../db/write/commit';
import { sendToBackground } from '../messaging/transport';
import { loadPageLanguage, reloadOnLanguageChange, type CatalogPart } from '../i18n/load';
import { t } from '../i18n';
// The design tokens first: every stylesheet after them reads their variables.
import '@/components/tokens.css';
import '@/components/styles.css';

/**
 * Shared start-up of every extension page: language, database (opened first, its failures shown), React root.
 * `firstView`: the part of the catalog the page's first view says; the rest loads once it is drawn (issue 15).
 */
export function mountPage(app: ReactNode, title: () => string = () => t('app.name'), firstView: CatalogPart = 'all'): void {
  tellBackgroundOfCommits();
  reloadOnLanguageChange();
  // What the first view says is loaded before the first render, so no page ever flashes keys or English.
  void loadPageLanguage(firstView).then(() => {
    document.title = title();
    render(
      firstView === 'all' ? (
        app
      ) : (
        <>
          {app}
          <WholeCatalogOnceDrawn />
        </>
      ),
    );
  });
}

/** What a write made on this page asks of the background. */
export function tellBackgroundOfCommits(): void {
  // A write made here that made leads sales-qualified: the background notifies them (each once; it also checks every minute).
  onCommitted(({ crossings, rescore }) => {
    if (crossings > 0) void sendToBackground({ type: 'crossings.check' }).catch(() => undefined);
    // A restore opened a rescore: the background runs it now rather than at its next alarm.
    if (rescore) void sendToBackground({ type: 'rescore.run' }).catch(() => undefined);
  });
}

/** The page's app behind its database: opened before anything reads it, so a failed upgrade is shown, not a blank page. */
export function WithDatabase({ children, pending }: { children: ReactNode; pending?: ReactNode }) {
  return (
    <DbProvider>
      <DatabaseGate pending={pending}>{children}</DatabaseGate>
    </DbProvider>
  );
}

/** After the first view is drawn (the database open, the app committed), the rest of the catalog; what draws later waits for it (wholeCatalog). */
export function WholeCatalogOnceDrawn() {
  useEffect(() => {
    void loadPageLanguage('all');
  }, []);
  return null;
}

function render(app: ReactNode): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <WithDatabase>{app}</WithDatabase>
    </StrictMode>,
  );
}
