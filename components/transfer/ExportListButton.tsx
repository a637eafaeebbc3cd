import type { LeadsDatabase } from '@/lib/db/database';
import { getPipeline } from '@/lib/db/settings';
import { currentLocale, t } from '@/lib/i18n';
import { compareLeads, leadMatcher, type ListQuery } from '@/lib/leads/list-query';
import { datedName, downloadText } from './download';
import { localizePipeline } from '@/lib/i18n/default-names';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();

/**
 * The lead list's "Export these leads": every lead the current filters match, in the list's order,
 * all fields, separated as Excel in the UI's language expects (the options page lets the rep choose).
 */
export function ExportListButton({ db, query }: { db: LeadsDatabase; query: ListQuery }) {
  async function run() {
    const now = clock();
    // The CSV writer loads on the click: the list is drawn without it (issue 15).
    const [leads, pipeline, { leadsCsv, csvDelimiterFor }, { leadCsvContext }] = await Promise.all([
      db.leads.filter(leadMatcher(query, now)).toArray(),
      getPipeline(db).then(localizePipeline),
      import('@/lib/transfer/csv-export'),
      import('@/lib/transfer/csv-presets'),
    ]);
    leads.sort(compareLeads(query.sort, query.direction));
    downloadText(datedName('leads', 'csv', now), leadsCsv(leads, 'all', leadCsvContext(pipeline), csvDelimiterFor(currentLocale())), 'text/csv;charset=utf-8');
  }
  return (
    <button type="button" className="link" onClick={() => void run()}>
      {t('data.listExport')}
    </button>
  );
}
