import { t } from '@/lib/i18n';
import { PERMISSIONS } from '@/lib/permissions';

/** Why the extension asks for each permission it holds (shown under Privacy). */
export function PermissionsList() {
  return (
    <section aria-labelledby="permissions-title">
      <h2 id="permissions-title">{t('options.permissionsTitle')}</h2>
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
    </section>
  );
}
