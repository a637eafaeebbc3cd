import { useState } from 'react';
import { getPipeline } from '@/lib/db/settings';
import { currentLocale, t, type MessageKey } from '@/lib/i18n';
import { backupFileName, backupJson, exportBackup } from '@/lib/transfer/backup';
import { activitiesCsv, companiesCsv, CSV_DELIMITERS, csvDelimiterFor, leadsCsv, type CsvDelimiter } from '@/lib/transfer/csv-export';
import { CSV_PRESETS, leadCsvContext, type CsvPreset } from '@/lib/transfer/csv-presets';
import { useDb } from '../db-context';
import { datedName, downloadText } from './download';
import { localizePipeline } from '@/lib/i18n/default-names';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();
const CSV = 'text/csv;charset=utf-8';
/**
 * The separator a preset starts with: commas for a CRM's columns (its import wizard expects
 * them), the list separator of the rep's language for a spreadsheet (csv-export.ts).
 */
const defaultDelimiter = (preset: CsvPreset): CsvDelimiter => (preset === 'all' ? csvDelimiterFor(currentLocale()) : ',');
const SEPARATOR_NAME = { ',': 'data.separator.comma', ';': 'data.separator.semicolon' } as const satisfies Record<CsvDelimiter, MessageKey>;

/** Export buttons: leads (in a CRM's columns), companies, activities, and the full JSON backup. */
export function DataExport() {
  const db = useDb();
  const [preset, setPreset] = useState<CsvPreset>('all');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(() => defaultDelimiter('all'));
  const [status, setStatus] = useState<string>();

  function choosePreset(next: CsvPreset) {
    setPreset(next);
    setDelimiter(defaultDelimiter(next));
  }

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
      downloadText(file, leadsCsv(leads, preset, leadCsvContext(pipeline), delimiter), CSV);
    } else if (kind === 'companies') {
      const companies = await db.companies.toArray();
      file = datedName('companies', 'csv', now);
      count = companies.length;
      downloadText(file, companiesCsv(companies, delimiter), CSV);
    } else {
      const activities = await db.activities.toArray();
      file = datedName('activities', 'csv', now);
      count = activities.length;
      downloadText(file, activitiesCsv(activities, delimiter), CSV);
    }
    setStatus(t('data.exported', { count, file }));
  }

  return (
    <section aria-labelledby="export-title">
      <h3 id="export-title">{t('data.export')}</h3>
      <label>
        {t('data.preset')}{' '}
        <select value={preset} onChange={(e) => choosePreset(e.target.value as CsvPreset)}>
          {CSV_PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`transfer.preset.${p}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('data.separator')}{' '}
        <select value={delimiter} aria-describedby="export-separator-hint" onChange={(e) => setDelimiter(e.target.value as CsvDelimiter)}>
          {CSV_DELIMITERS.map((d) => (
            <option key={d} value={d}>
              {t(SEPARATOR_NAME[d])}
            </option>
          ))}
        </select>
      </label>
      <p id="export-separator-hint" className="muted">
        {t('data.separatorHint')}
      </p>
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
