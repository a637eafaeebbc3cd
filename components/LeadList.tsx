import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue } from 'react';
import { searchLeads } from '@/lib/db/queries';
import { t } from '@/lib/i18n';
import { useDb } from './db-context';
import { LeadRows } from './LeadRows';

const PAGE = 50;

/** Searchable list of leads; the search is index-backed, never a full-table read. */
export function LeadList({ query, onQuery, onPick }: { query: string; onQuery(q: string): void; onPick(id: string): void }) {
  const db = useDb();
  const deferred = useDeferredValue(query);
  const leads = useLiveQuery(() => searchLeads(db, deferred, PAGE), [db, deferred]);
  return (
    <section aria-label={t('list.title')}>
      <input
        type="search"
        className="search"
        aria-label={t('list.search')}
        placeholder={t('list.search')}
        value={query}
        maxLength={200}
        onChange={(e) => onQuery(e.target.value)}
      />
      {leads === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : leads.length === 0 ? (
        <p className="muted">{t('list.empty')}</p>
      ) : (
        <LeadRows leads={leads} onOpen={onPick} />
      )}
    </section>
  );
}
