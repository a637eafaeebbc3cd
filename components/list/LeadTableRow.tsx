import type { CSSProperties } from 'react';
import { currentLocale, t, type MessageKey } from '@/lib/i18n';
import { formatMoney } from '@/lib/pipeline/deal-input';
import type { Lead } from '@/lib/schema/records';
import { formatPoints } from '../format';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day as "Nov 23, 2026"; the formatter is made once per locale (making one costs more than drawing a row). */
function formatDay(ms: number): string {
  let format = dayFormats.get(currentLocale());
  if (!format) {
    format = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' });
    dayFormats.set(currentLocale(), format);
  }
  return format.format(ms);
}

export function leadName(lead: Lead): string {
  if (lead.erasedAt !== undefined) return t('erased.name');
  return lead.fullName ?? lead.email ?? t('list.unnamed');
}

/** One row of the table: a checkbox for bulk actions and a button that opens the lead. All text, never markup. */
export function LeadTableRow({
  lead,
  stageName,
  currency,
  selected,
  style,
  onSelect,
  onOpen,
}: {
  lead: Lead;
  stageName: string;
  currency: string;
  selected: boolean;
  style: CSSProperties;
  onSelect(id: string, on: boolean): void;
  onOpen(id: string): void;
}) {
  const name = leadName(lead);
  const subtitle = [lead.title ?? lead.headline, lead.companyName].filter(Boolean).join(' · ');
  return (
    <li className="table-row" style={style}>
      <input type="checkbox" aria-label={t('table.select', { name })} checked={selected} onChange={(e) => onSelect(lead.id, e.target.checked)} />
      <button type="button" className="row-button" onClick={() => onOpen(lead.id)}>
        <span className="lead-summary">
          <strong>{name}</strong>
          {subtitle && <span className="muted"> {subtitle}</span>}
        </span>
        <span className="table-row-meta muted">
          <span className={`badge badge-${lead.scoreLabel}`}>
            {formatPoints(lead.score, false)} {t(`label.${lead.scoreLabel}` as MessageKey)}
          </span>{' '}
          <span>{stageName}</span> · <span>{lead.dealValue === undefined ? t('table.noValue') : formatMoney(lead.dealValue, lead.currency ?? currency, currentLocale())}</span> ·{' '}
          <span>{lead.lastTouchAt === undefined ? t('table.noTouch') : t('table.lastTouch', { date: formatDay(lead.lastTouchAt) })}</span>
        </span>
      </button>
    </li>
  );
}

export function PendingRow({ style }: { style: CSSProperties }) {
  return (
    <li className="table-row muted" style={style} aria-busy="true">
      {t('table.loadingRow')}
    </li>
  );
}
