import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { DbProvider } from '@/components/db-context';
import { setLocale } from '../i18n';
import '@/components/styles.css';

/** Shared start-up of every extension page: locale, database, React root. */
export function mountPage(app: ReactNode): void {
  setLocale(browser.i18n?.getUILanguage?.() ?? navigator.language);
  document.documentElement.lang = browser.i18n?.getUILanguage?.() ?? 'en';
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DbProvider>{app}</DbProvider>
    </StrictMode>,
  );
}
