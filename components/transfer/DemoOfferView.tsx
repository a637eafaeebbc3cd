import { t } from '@/lib/i18n';

/** The header's offer of the demo when no lead is stored: markup only, so the options page's first view draws it too (DemoOffer decides when). */
export function DemoOfferView() {
  return (
    <p className="notice" data-testid="demo-offer">
      {t('data.firstRun')} <a href="#data">{t('demo.title')}</a>
    </p>
  );
}
