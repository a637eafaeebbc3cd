import type { ReactNode } from 'react';
import { t } from '@/lib/i18n';
import type { Environment } from '@/lib/pages/environment';

/**
 * The diagnostics section of the options page: which extension, browser and language a
 * report comes from. `children` is where more diagnostics go (the capture diagnostics export).
 */
export function DiagnosticsSection({ environment, children }: { environment: Environment; children?: ReactNode }) {
  return (
    <section id="diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t('diag.title')}</h2>
      <dl className="options-facts" aria-label={t('diag.environment')}>
        <dt>{t('diag.version')}</dt>
        <dd data-testid="diag-version">{environment.version}</dd>
        <dt>{t('diag.browser')}</dt>
        <dd data-testid="diag-browser">{environment.browser}</dd>
        <dt>{t('diag.uiLanguage')}</dt>
        <dd data-testid="diag-language">{environment.uiLanguage}</dd>
      </dl>
      {children}
    </section>
  );
}
