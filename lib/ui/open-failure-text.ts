import type { OpenFailure } from '../db/open-failure';
import { t } from '../i18n';

/** What failed, in the rep's words. Only a real block by another tab (DatabaseGate) ever says to close tabs. */
export function openFailureText(failure: OpenFailure): string {
  const reason = failure.code === 'quota' ? t('open.reason.quota') : failure.detail || t('open.reason.unknown');
  if (failure.kind === 'upgrade') return t('open.upgradeFailed', { reason });
  if (failure.kind === 'newer') return t('open.newer', { stored: failure.storedSchemaVersion ?? '?', expected: failure.expectedSchemaVersion });
  return t('open.failed', { reason });
}
