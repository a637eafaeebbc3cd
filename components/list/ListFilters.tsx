import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LeadSource } from '@/lib/capture/schema';
import { LEAD_SOURCES } from '@/lib/capture/sources';
import { t, type MessageKey } from '@/lib/i18n';
import type { DueFilter, LabelFilter, ListQuery, ListSort } from '@/lib/leads/list-query';
import { SEARCH_DEBOUNCE_MS } from '@/lib/leads/list-defaults';
import type { Stage } from '@/lib/pipeline/schema';
import { StageOptions } from '../pipeline/StageOptions';


const LABELS: readonly LabelFilter[] = ['cold', 'mql', 'sql'];
const DUES: readonly DueFilter[] = ['overdue', 'today', 'week'];
const SORTS: readonly ListSort[] = ['score', 'lastTouch', 'value', 'created'];

function pick<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

/** A text field whose value reaches the query after a short pause. */
function DebouncedText({
  value,
  onCommit,
  ...input
}: {
  value: string;
  onCommit(value: string): void;
  type: 'search' | 'text';
  role?: 'searchbox';
  'aria-label': string;
  placeholder?: string;
  className?: string;
}) {
  const [text, setText] = useState(value);
  const commit = useRef(onCommit);
  useLayoutEffect(() => {
    commit.current = onCommit;
  });
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => commit.current(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);
  return <input {...input} maxLength={200} value={text} onChange={(e) => setText(e.target.value)} />;
}

export function ListFilters({ query, stages, onChange }: { query: ListQuery; stages: readonly Stage[]; onChange(patch: Partial<ListQuery>): void }) {
  return (
    <div className="table-filters" role="group" aria-label={t('table.filters')}>
      <DebouncedText
        type="search"
        role="searchbox"
        className="search"
        aria-label={t('list.search')}
        placeholder={t('list.search')}
        value={query.search}
        onCommit={(search) => onChange({ search })}
      />
      <label>
        {t('table.stage')}{' '}
        <select aria-label={t('table.stage')} value={query.stage ?? ''} onChange={(e) => onChange({ stage: e.target.value || undefined })}>
          <StageOptions stages={stages} empty={t('table.anyStage')} />
        </select>
      </label>
      <label>
        {t('table.label')}{' '}
        <select aria-label={t('table.label')} value={query.label ?? ''} onChange={(e) => onChange({ label: pick(e.target.value, LABELS) })}>
          <option value="">{t('table.anyLabel')}</option>
          {LABELS.map((l) => (
            <option key={l} value={l}>
              {t(`label.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('table.tag')}{' '}
        <DebouncedText type="text" aria-label={t('table.tag')} value={query.tag ?? ''} onCommit={(tag) => onChange({ tag: tag.trim() || undefined })} />
      </label>
      <label>
        {t('table.source')}{' '}
        <select aria-label={t('table.source')} value={query.source ?? ''} onChange={(e) => onChange({ source: pick<LeadSource>(e.target.value, LEAD_SOURCES) })}>
          <option value="">{t('table.anySource')}</option>
          {LEAD_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`source.${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('table.due')}{' '}
        <select aria-label={t('table.due')} value={query.due ?? ''} onChange={(e) => onChange({ due: pick(e.target.value, DUES) })}>
          <option value="">{t('table.anyDue')}</option>
          {DUES.map((d) => (
            <option key={d} value={d}>
              {t(`table.due.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('table.sort')}{' '}
        <select aria-label={t('table.sort')} value={query.sort} onChange={(e) => onChange({ sort: pick(e.target.value, SORTS) ?? 'score' })}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`table.sort.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        title={t('table.direction', { direction: t(query.direction === 'desc' ? 'table.desc' : 'table.asc') })}
        onClick={() => onChange({ direction: query.direction === 'desc' ? 'asc' : 'desc' })}
      >
        {t(query.direction === 'desc' ? 'table.desc' : 'table.asc')}
      </button>
    </div>
  );
}
