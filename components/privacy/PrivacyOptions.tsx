import { t } from '@/lib/i18n';
import { RetentionOptions } from './RetentionOptions';
import { StorageBlock, type StorageSetup } from './StorageBlock';
import './privacy.css';

/** Options page, "Privacy and storage": what is stored and where it goes, storage persistence and use, retention. */
export function PrivacyOptions({ storage }: { storage: StorageSetup }) {
  return (
    <section id="privacy" className="privacy-options" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacy.title')}</h2>
      <p data-testid="privacy-statement">{t('privacy.statement')}</p>
      <h3>{t('privacy.stored.title')}</h3>
      <ul>
        <li>{t('privacy.stored.people')}</li>
        <li>{t('privacy.stored.work')}</li>
        <li>{t('privacy.stored.derived')}</li>
        <li>{t('privacy.stored.settings')}</li>
        <li>{t('privacy.stored.files')}</li>
      </ul>
      <p className="muted small">{t('privacy.eraseHint')}</p>
      <StorageBlock setup={storage} />
      <RetentionOptions />
    </section>
  );
}
