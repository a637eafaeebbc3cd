import { t } from '@/lib/i18n';
import { BackupRestore } from './BackupRestore';
import { CsvImport } from './CsvImport';
import { DataExport } from './CsvExport';
import { DemoData } from './DemoData';

/** Options page, "Your data": demo, export, CSV import, backup restore. */
export function DataOptions() {
  return (
    <section id="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <p className="muted">{t('data.intro')}</p>
      <DemoData />
      <DataExport />
      <CsvImport />
      <BackupRestore />
    </section>
  );
}
