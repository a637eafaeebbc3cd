import { t, type MessageKey } from '@/lib/i18n';
import { formatPoints } from './format';
import type { Lead } from '@/lib/schema/records';

/** One line per lead: name, title and company, as plain text. */
export function LeadSummary({ lead }: { lead: Lead }) {
  const subtitle = [lead.title ?? lead.headline, lead.companyName].filter(Boolean).join(' · ');
  return (
    <span className="lead-summary">
      <strong>{lead.erasedAt !== undefined ? t('erased.name') : (lead.fullName ?? lead.email ?? t('list.unnamed'))}</strong>
      {subtitle && <span className="muted"> {subtitle}</span>}
      <span className={`badge badge-${lead.scoreLabel}`} title={t('score.short', { score: formatPoints(lead.score, false) })}>
        {formatPoints(lead.score, false)} {t(`label.${lead.scoreLabel}` as MessageKey)}
      </span>
    </span>
  );
}
