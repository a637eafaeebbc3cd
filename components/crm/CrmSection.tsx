import { t } from '@/lib/i18n';

/** The CRM section of the options page. No CRM can be connected yet (HubSpot comes later), so it says what that means: nothing leaves the browser. */
export function CrmSection() {
  return (
    <section id="crm" aria-labelledby="crm-title">
      <h2 id="crm-title">{t('crm.title')}</h2>
      <p data-testid="crm-status">{t('crm.none')}</p>
      <p>{t('crm.local')}</p>
      <p className="muted">{t('crm.later')}</p>
    </section>
  );
}
