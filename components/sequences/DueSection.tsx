import type { ReactNode } from 'react';
import { t } from '@/lib/i18n';

/**
 * The list's "due today" section: its frame, and its line when nothing is due. Shared by the
 * live DueSteps and the side panel's first view (no database code here), so the first view
 * draws the section the live list will, and the rows below it do not move when it takes over.
 */
export function DueSection({ children }: { children: ReactNode }) {
  return (
    <section className="due-steps" aria-label={t('seq.due.title')}>
      <h2 className="section-title">{t('seq.due.title')}</h2>
      {children}
    </section>
  );
}

export function NothingDue() {
  return <p className="muted small">{t('seq.due.none')}</p>;
}
