import { useLiveQuery } from 'dexie-react-hooks';
import { recentLeads } from '@/lib/db/queries';
import { t } from '@/lib/i18n';
import { useDb } from './db-context';
import { LeadRows } from './LeadRows';

export function RecentLeads({ limit, onOpen }: { limit: number; onOpen(id: string): void }) {
  const db = useDb();
  const leads = useLiveQuery(() => recentLeads(db, limit), [db, limit]);
  if (leads === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (leads.length === 0) return <p className="muted">{t('popup.noLeads')}</p>;
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title" className="section-title">
        {t('popup.recent')}
      </h2>
      <LeadRows leads={leads} onOpen={onOpen} />
    </section>
  );
}
