import { t } from '@/lib/i18n';
import { useEditorContext } from './context';
import { formatNumber } from './summary';

/**
 * What the draft would change, before saving: leads scored, MQL / SQL counts
 * with the saved rules and with these, and the top leads. The counts are a
 * polite live region; "Calculating…" shows while a newer draft is being
 * previewed (the last numbers stay, dimmed).
 */
export function PreviewPanel({ valid, failed }: { valid: boolean; failed: boolean }) {
  const { preview, previewPending, domId } = useEditorContext();
  const headingId = domId('preview-title');
  const stale = previewPending || !valid;
  return (
    <section className="scoring-section scoring-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('scoring.preview.title')}</h3>
      <div role="status" aria-labelledby={headingId} aria-busy={previewPending} className={stale ? 'preview-stale' : undefined}>
        {!valid ? (
          <p className="muted">{t('scoring.preview.invalid')}</p>
        ) : previewPending ? (
          <p className="muted">{t('scoring.preview.calculating')}</p>
        ) : failed ? (
          <p className="error">{t('scoring.preview.failed')}</p>
        ) : null}
        {preview && (
          <>
            <p>{t('scoring.preview.leads', { count: preview.leadCount })}</p>
            <p className="muted small">{t('scoring.preview.change')}</p>
            <ul className="preview-counts">
              <li>{t('scoring.preview.mql', { before: formatNumber(preview.before.mql), after: formatNumber(preview.after.mql) })}</li>
              <li>{t('scoring.preview.sql', { before: formatNumber(preview.before.sql), after: formatNumber(preview.after.sql) })}</li>
            </ul>
          </>
        )}
      </div>
      {preview && (
        <>
          <h4 id={domId('preview-top')}>{t('scoring.preview.top')}</h4>
          {preview.topLeads.length === 0 ? (
            <p className="muted">{t('scoring.preview.noLeads')}</p>
          ) : (
            <ol className="preview-top" aria-labelledby={domId('preview-top')}>
              {preview.topLeads.map((lead) => (
                <li key={lead.id}>
                  {t('scoring.preview.lead', { name: lead.name || t('list.unnamed'), score: formatNumber(lead.score), label: t(`scoring.label.${lead.label}`) })}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
