import { useState } from 'react';
import { getPipeline } from '@/lib/db/settings';
import { t, type MessageKey } from '@/lib/i18n';
import { backupFileName, backupJson, exportBackup } from '@/lib/transfer/backup';
import { activitiesCsv, companiesCsv, leadsCsv } from '@/lib/transfer/csv-export';
import { CSV_PRESETS, leadCsvContext, type CsvPreset } from '@/lib/transfer/csv-presets';
import { useDb } from '../db-context';
import { datedName, downloadText } from './download';
import { localizePipeline } from '@/lib/i18n/default-names';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();
const CSV = 'text/csv;charset=utf-8';

/** Export buttons: leads (in a CRM's columns), companies, activities, and the full JSON backup. */
export function DataExport() {
  const db = useDb();
  const [preset, setPreset] = useState<CsvPreset>('all');
  const [status, setStatus] = useState<string>();

  async function run(kind: 'leads' | 'companies' | 'activities' | 'backup') {
    const now = clock();
    let file: string;
    let count: number;
    if (kind === 'backup') {
      const backup = await exportBackup(db, now);
      file = backupFileName(now);
      count = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
      downloadText(file, backupJson(backup), 'application/json');
    } else if (kind === 'leads') {
      const [leads, pipeline] = await Promise.all([db.leads.toArray(), getPipeline(db).then(localizePipeline)]);
      file = datedName(`leads-${preset}`, 'csv', now);
      count = leads.length;
      downloadText(file, leadsCsv(leads, preset, leadCsvContext(pipeline)), CSV);
    } else if (kind === 'companies') {
      const companies = await db.companies.toArray();
      file = datedName('companies', 'csv', now);
      count = companies.length;
      downloadText(file, companiesCsv(companies), CSV);
    } else {
      const activities = await db.activities.toArray();
      file = datedName('activities', 'csv', now);
      count = activities.length;
      downloadText(file, activitiesCsv(activities), CSV);
    }
    setStatus(t('data.exported', { count, file }));
  }

  return (
    <section aria-labelledby="export-title">
      <h3 id="export-title">{t('data.export')}</h3>
      <label>
        {t('data.preset')}{' '}
        <select value={preset} onChange={(e) => setPreset(e.target.value as CsvPreset)}>
          {CSV_PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`transfer.preset.${p}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <p className="button-row">
        <button type="button" onClick={() => void run('leads')}>
          {t('data.exportLeads')}
        </button>
        <button type="button" onClick={() => void run('companies')}>
          {t('data.exportCompanies')}
        </button>
        <button type="button" onClick={() => void run('activities')}>
          {t('data.exportActivities')}
        </button>
        <button type="button" onClick={() => void run('backup')}>
          {t('data.exportBackup')}
        </button>
      </p>
      {status && (
        <p role="status" className="muted">
          {status}
        </p>
      )}
    </section>
  );
}
