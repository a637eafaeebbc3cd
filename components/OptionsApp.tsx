import { t } from '@/lib/i18n';
import { PERMISSIONS } from '@/lib/permissions';

/** Options page. For now: welcome, privacy and why each permission is needed; scoring rules come next. */
export function OptionsApp({ shortcut }: { shortcut: string | undefined }) {
  return (
    <main className="options">
      <h1>{t('options.title')}</h1>
      <p>{t('options.welcome', { shortcut: shortcut || t('options.shortcutNone') })}</p>
      <p>{t('options.privacy')}</p>
      <h2>{t('options.permissionsTitle')}</h2>
      <dl className="permissions">
        {PERMISSIONS.map((p) => (
          <div key={p.name}>
            <dt>
              <code>{p.name}</code>
            </dt>
            <dd>{t(p.why)}</dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
