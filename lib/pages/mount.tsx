import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { DbProvider } from '@/components/db-context';
import { DatabaseGate } from '@/components/DatabaseGate';
import { onCommitted } from '../db/write/commit';
import { sendToBackground } from '../messaging/transport';
import { setLocale } from '../i18n';
// The design tokens first: every stylesheet after them reads their variables.
import '@/components/tokens.css';
import '@/components/styles.css';

/** Shared start-up of every extension page: locale, database (opened first, its failures shown), React root. */
export function mountPage(app: ReactNode): void {
  // A write made here that made leads sales-qualified: the background notifies them (each once; it also checks every minute).
  onCommitted(({ crossings, rescore }) => {
    if (crossings > 0) void sendToBackground({ type: 'crossings.check' }).catch(() => undefined);
    // A restore opened a rescore: the background runs it now rather than at its next alarm.
    if (rescore) void sendToBackground({ type: 'rescore.run' }).catch(() => undefined);
  });
  setLocale(browser.i18n?.getUILanguage?.() ?? navigator.language);
  document.documentElement.lang = browser.i18n?.getUILanguage?.() ?? 'en';
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DbProvider>
        {/* The database is opened before anything reads it: a failed upgrade is shown, not a blank page. */}
        <DatabaseGate>{app}</DatabaseGate>
      </DbProvider>
    </StrictMode>,
  );
}
