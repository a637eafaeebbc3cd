import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { DbProvider } from '@/components/db-context';
import { DatabaseGate } from '@/components/DatabaseGate';
import { onCommitted } from '../db/write/commit';
import { sendToBackground } from '../messaging/transport';
import { loadPageLanguage, reloadOnLanguageChange } from '../i18n/load';
import { t } from '../i18n';
// The design tokens first: every stylesheet after them reads their variables.
import '@/components/tokens.css';
import '@/components/styles.css';

/** Shared start-up of every extension page: language, database (opened first, its failures shown), React root. */
export function mountPage(app: ReactNode, title: () => string = () => t('app.name')): void {
  tellBackgroundOfCommits();
  reloadOnLanguageChange();
  // The language's catalog is loaded before the first render, so no page ever flashes keys or English.
  void loadPageLanguage().then(() => {
    document.title = title();
    render(app);
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

function render(app: ReactNode): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <WithDatabase>{app}</WithDatabase>
    </StrictMode>,
  );
}
